package com.salesculture.domain.model.survey;

import com.salesculture.domain.model.shared.SecretToken;

/**
 * A personal survey link's secret (a {@link SecretToken}): only its SHA-256 is stored, so the
 * database cannot answer for a customer; the token itself exists only in the mail.
 */
public final class SurveyToken {

    private SurveyToken() {
    }

    public static String next() {
        return SecretToken.next();
    }

    /** Whether the text could be a token at all (so a malformed one is refused without a lookup). */
    public static boolean wellFormed(String token) {
        return SecretToken.wellFormed(token);
    }

    /** The stored form: SHA-256, hex. */
    public static String hash(String token) {
        return SecretToken.hash(token);
    }
}
