package com.salesculture.domain.model.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A seal for tests (a keyed SHA-256, not an HMAC): enough to tell one key's seals from another's. */
final class TestSeal implements DecisionLogSeal {

    static final DecisionLogSeal OURS = new TestSeal("our key");
    static final DecisionLogSeal FORGERS = new TestSeal("a guess");

    private final String key;

    private TestSeal(String key) {
        this.key = key;
    }

    @Override
    public String sign(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((key + "|" + text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verifies(String text, String seal) {
        return sign(text).equals(seal);
    }
}
