package com.salesculture.domain.model.people;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How passwords are stored: PBKDF2-HMAC-SHA256 with a random 32-byte salt, written as
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (Base64), the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}. New hashes use {@value #ITERATIONS} iterations (OWASP's recommendation
 * for this algorithm); an older, cheaper hash is replaced at the next successful sign-in.
 */
public final class PasswordHash {

    public static final int ITERATIONS = 600_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String of(String password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS, 32));
    }

    /** Whether the password is the one hashed; false for a missing or unreadable hash. */
    public static boolean matches(String stored, String password) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0]) || password == null) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1]), expected.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the hash was made with today's parameters (otherwise re-hash at the next sign-in). */
    public static boolean current(String stored) {
        String[] parts = stored.split(":");
        return parts.length == 4 && ALGORITHM.equals(parts[0]) && Integer.parseInt(parts[1]) >= ITERATIONS;
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }
}
