package com.salesculture.domain.model.shared;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text for people, named by its key in the server's message bundle ({@code messages.properties},
 * English, and {@code messages_de.properties}, German), with its arguments. It is worded when it
 * reaches a person, in their language: the page's locale, the API caller's Accept-Language, the
 * mail recipient's language. An argument that is itself a message is worded in the same language.
 */
public record Message(String key, List<Object> arguments) {

    private static final String BUNDLE = "com.salesculture.domain.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments)); // a null argument is worded "null"
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** German for German speakers, English for everyone else. */
    public static Locale supported(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    public String in(Locale locale) {
        Locale language = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language == Locale.ENGLISH ? Locale.ROOT : language,
                Message.class.getClassLoader(), NO_FALLBACK);
        Object[] worded = arguments.stream().map(a -> a instanceof Message m ? m.in(language) : a).toArray();
        return new MessageFormat(bundle.getString(key), language).format(worded);
    }

    /** English: for logs and exception messages. */
    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
