package com.salesculture.web.security;

import com.salesculture.workflow.application.people.AccountService;
import com.salesculture.workflow.application.people.SignInState;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a minute that HTTP Basic credentials were right, keyed by user and a SHA-256 of the
 * password (never the password), so a busy integration does not pay a PBKDF2 hash per call. The
 * account's state is still read on every call: a disabled account, a new password or a role change
 * counts at once. Failures are never cached.
 */
final class CredentialCache {

    private static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    /** The account's state if these credentials were right within the minute (and nothing since voids it); empty otherwise. */
    Optional<SignInState> known(UsernamePasswordCredential credential, AccountService accounts) {
        Instant verifiedAt = verified.get(key(credential));
        if (verifiedAt == null || !verifiedAt.plus(LIFETIME).isAfter(Instant.now())) {
            return Optional.empty();
        }
        return accounts.state(credential.getCaller()).filter(s -> s.stillValid(verifiedAt));
    }

    /** As {@link #known}, or else the password checked (and remembered when right). */
    Optional<SignInState> validate(UsernamePasswordCredential credential, AccountService accounts) {
        Optional<SignInState> known = known(credential, accounts);
        if (known.isPresent()) {
            return known; // verified by a call that went before this one in the brakes' queue
        }
        String key = key(credential);
        verified.remove(key);
        Instant now = Instant.now();
        Optional<SignInState> state = accounts.verify(credential.getCaller(), credential.getPasswordAsString());
        if (state.isPresent()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, now);
        }
        return state;
    }

    private static String key(UsernamePasswordCredential credential) {
        return credential.getCaller() + ":" + sha256(credential.getPasswordAsString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
