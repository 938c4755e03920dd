package com.salesculture.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mail to send after the causing transaction commits. */
public interface Outbox {

    /** Adds the mail unless one with the same dedupe key exists; in the caller's transaction. */
    void enqueue(OutboxMail mail);

    /**
     * Claims unsent, not failed mail whose next attempt is due and that no other dispatcher holds (or
     * whose holder's claim lapsed), until {@code until}: first attempts first, then the oldest. Two
     * dispatchers at once, on one node or several, never claim the same mail. In the caller's
     * transaction, which should be short: the claim counts once it commits.
     *
     * @return the ids this call claimed
     */
    List<Long> claim(String claimant, Instant now, Instant until, int limit);

    /** Releases what this claimant (a node, see {@link #claim}) still holds: it restarted, and holds nothing. */
    int release(String claimant);

    Optional<OutboxMail> find(long id);

    /**
     * Of these mails, the digestible ones grouped by recipient where a recipient has two or more: each
     * group goes out as one digest. In the order of the ids.
     */
    java.util.Map<String, List<Long>> digests(List<Long> mailIds);

    /** Mail whose attempts ran out, newest first. */
    List<OutboxMail> failed(int limit);
}
