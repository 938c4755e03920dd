package com.salesculture.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The API caller's language, from Accept-Language (English when none is given): for error messages and PDFs. */
final class CallerLocale {

    private CallerLocale() {
    }

    static Locale of(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        return acceptable.isEmpty() || "*".equals(acceptable.get(0).getLanguage()) ? Locale.ENGLISH : acceptable.get(0);
    }
}
