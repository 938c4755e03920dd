package com.salesculture.web.imports;

import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads salespeople from CSV (RFC 4180: comma-separated, values with commas, quotes or line breaks
 * in double quotes), UTF-8 with or without a byte-order mark. The first line names the columns
 * {@code name, email, team} and optionally {@code manager, status}, in any order. The file's own
 * problems (not UTF-8, other delimiter, missing columns, ragged rows) are reported here, with their
 * line; the rules for each salesperson are the domain's.
 */
public final class SalespeopleCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final List<String> REQUIRED = List.of("name", "email", "team");
    private static final List<String> OPTIONAL = List.of("manager", "status");

    private SalespeopleCsv() {
    }

    /** @throws InvalidInputException naming what is wrong with the file, or with which lines */
    public static List<SalespersonInput> read(byte[] bytes) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new InvalidInputException(null, "import.empty");
        }
        List<Record> records = records(text);
        Record header = records.get(0);
        if (header.values().size() == 1) {
            for (String delimiter : List.of(";", "\t", "|")) {
                if (header.values().get(0).contains(delimiter)) {
                    throw new InvalidInputException(null, "import.delimiter", delimiter.equals("\t") ? "Tab" : delimiter);
                }
            }
        }
        Map<String, Integer> columns = new TreeMap<>();
        for (int i = 0; i < header.values().size(); i++) {
            columns.put(header.values().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(null, "import.header", String.join(", ", missing));
        }
        List<SalespersonInput> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue; // an empty line, such as the one after the last row
            }
            if (record.values().size() != header.values().size()) {
                errors.add(FieldError.of("rows[" + record.line() + "]", "import.columns", record.line(),
                        record.values().size(), header.values().size()));
                continue;
            }
            rows.add(new SalespersonInput(record.line(), record.value(columns, "name"), record.value(columns, "email"),
                    record.value(columns, "team"), record.value(columns, OPTIONAL.get(0)),
                    record.value(columns, OPTIONAL.get(1))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(null, "import.noRows");
        }
        return rows;
    }

    /** The SHA-256 of the file, for the decision log. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(null, "import.notUtf8");
        }
    }

    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
            } else if (c == '"' && value.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                values.add(value.toString());
                value.setLength(0);
                records.add(new Record(recordLine, values));
                values = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(List.of(FieldError.of("rows[" + recordLine + "]", "import.quote", recordLine)));
        }
        if (!value.isEmpty() || !values.isEmpty()) {
            values.add(value.toString());
            records.add(new Record(recordLine, values));
        }
        return records;
    }

    /** One CSV record and the line it starts on. */
    private record Record(int line, List<String> values) {

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }

        String value(Map<String, Integer> columns, String column) {
            Integer index = columns.get(column);
            return index == null ? null : values.get(index).strip();
        }
    }
}
