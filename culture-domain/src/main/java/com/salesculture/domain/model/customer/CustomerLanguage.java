package com.salesculture.domain.model.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a customer is written to in (invitation mails, the survey page). */
public enum CustomerLanguage {
    EN, DE;

    public static Optional<CustomerLanguage> parse(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }
}
