package com.salesculture.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers successfully verified HTTP Basic credentials for a minute, keyed by user and a SHA-256 of
 * the password (never the password), so a busy integration does not pay a PBKDF2 hash per call.
 * Failures are never cached. A changed password or group takes effect within the minute.
 */
final class CredentialCache {

    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(CredentialValidationResult result, long expiresAt) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    CredentialValidationResult validate(UsernamePasswordCredential credential,
                                        Function<UsernamePasswordCredential, CredentialValidationResult> store) {
        String key = credential.getCaller() + ":" + sha256(credential.getPasswordAsString());
        long now = System.currentTimeMillis();
        Verified cached = verified.get(key);
        if (cached != null && cached.expiresAt() > now) {
            return cached.result();
        }
        CredentialValidationResult result = store.apply(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(result, now + LIFETIME.toMillis()));
        } else {
            verified.remove(key);
        }
        return result;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
