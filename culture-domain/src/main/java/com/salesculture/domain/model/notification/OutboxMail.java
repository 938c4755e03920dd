package com.salesculture.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail waiting in the outbox. It is written with the event that causes it and sent after that
 * transaction committed, retried with growing pauses while the mail server is unreachable.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    /** One mail per cause and recipient, however often the cause is seen. */
    @Column(name = "dedupe_key", nullable = false, updatable = false)
    private String dedupeKey;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    /** The body holds a secret (a single-use link): it is erased once the mail server took it. */
    @Column(nullable = false, updatable = false)
    private boolean secret;

    /**
     * What the mail says in one line with its link, when it may go out in a digest with the recipient's other
     * such mails of the same dispatch (task mails); null for a mail that always goes alone.
     */
    @Column(name = "digest_line", length = 2000, updatable = false)
    private String digestLine;

    /** The recipient's language (en, de), for the digest's own words. */
    @Column(name = "language", length = 8, updatable = false)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Set when the attempts ran out: no more tries until an admin retries it. */
    @Column(name = "failed_at")
    private Instant failedAt;

    /** The dispatcher's claim (see {@link Outbox#claim}), set by the claim's update, released with the outcome. */
    @Column(name = "claimed_by", insertable = false)
    private String claimedBy;

    @Column(name = "claimed_until", insertable = false)
    private Instant claimedUntil;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String dedupeKey, String recipient, String subject, String body, Instant now) {
        this.dedupeKey = dedupeKey;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        released();
        attempts++;
        sentAt = now;
        lastError = null;
        if (secret) {
            body = "(erased after sending: it held a single-use link)";
        }
    }

    /** A mail that may be sent in a digest of the recipient's mails due together, where it reads as {@code line}. */
    public static OutboxMail digestible(String dedupeKey, String recipient, String subject, String body, String line,
                                        java.util.Locale language, Instant now) {
        OutboxMail mail = new OutboxMail(dedupeKey, recipient, subject, body, now);
        mail.digestLine = line.substring(0, Math.min(line.length(), 2000));
        mail.language = language.getLanguage();
        return mail;
    }

    public boolean isDigestible() {
        return digestLine != null;
    }

    public String digestLine() {
        return digestLine;
    }

    public java.util.Locale language() {
        return language == null ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag(language);
    }

    /** A mail whose body holds a secret, erased from the outbox once sent. */
    public static OutboxMail secret(String dedupeKey, String recipient, String subject, String body, Instant now) {
        OutboxMail mail = new OutboxMail(dedupeKey, recipient, subject, body, now);
        mail.secret = true;
        return mail;
    }

    /**
     * The mail server did not take it: try again later, waiting longer each time, until
     * {@code maxAttempts} were made; then it has failed and waits for an admin.
     */
    public void failed(String error, Instant now, int maxAttempts) {
        released();
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
        if (attempts >= maxAttempts) {
            failedAt = now;
        }
    }

    /** The attempt's outcome is recorded: the next attempt (if any) is any dispatcher's, at its time. */
    private void released() {
        claimedBy = null;
        claimedUntil = null;
    }

    /** An admin gives a failed mail a new round of attempts, starting now. */
    public void retry(Instant now) {
        if (failedAt == null || sentAt != null) {
            throw new com.salesculture.domain.model.shared.ConflictException("mail.retry.notFailed");
        }
        failedAt = null;
        attempts = 0;
        nextAttemptAt = now;
    }

    public boolean isFailed() {
        return failedAt != null;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public String lastError() {
        return lastError;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long id() {
        return id;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
