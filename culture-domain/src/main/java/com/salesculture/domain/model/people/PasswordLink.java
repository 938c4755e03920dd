package com.salesculture.domain.model.people;

import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.SecretToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A single-use link to set a password, mailed to the account's address. Only the token's hash is
 * stored; a link works once, until it expires, and only while it is the account's latest.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    /** Why the link was sent, and so how long it lasts. */
    public enum Purpose {
        /** A new account (or the first administrator): a week to find the mail. */
        WELCOME(Duration.ofDays(7)),
        /** A reset: a day. */
        RESET(Duration.ofDays(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    /** A link just made: the stored part, and the token to mail (never stored). */
    public record Issued(PasswordLink link, String token) {
    }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected PasswordLink() {
        // for JPA
    }

    public static Issued issue(String username, Purpose purpose, Instant now) {
        String token = SecretToken.next();
        PasswordLink link = new PasswordLink();
        link.tokenHash = SecretToken.hash(token);
        link.username = username;
        link.purpose = purpose;
        link.createdAt = now;
        link.expiresAt = now.plus(purpose.lifetime);
        return new Issued(link, token);
    }

    /**
     * Spends the link (the version column lets only one of two simultaneous uses commit).
     *
     * @throws InvalidInputException on {@code token}: used (or replaced by a newer link), or expired
     */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new InvalidInputException("token", "password.link.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("token", "password.link.expired");
        }
        usedAt = now;
    }

    /** A newer link was sent, or the account was disabled: this one no longer works. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public String username() {
        return username;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
