package com.salesculture.web.view;

import jakarta.json.JsonStructure;

/**
 * JSON that lands inside a {@code <script>} block (a chart's configuration): every character that
 * could end the block or open markup is written as a JSON escape, so a value named
 * {@code </script><script>…} stays a string. The JSON means the same to a parser.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String of(JsonStructure json) {
        String text = json.toString();
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
