package com.salesculture.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Mail to send after the causing transaction commits. */
public interface Outbox {

    /** Adds the mail unless one with the same dedupe key exists; in the caller's transaction. */
    void enqueue(OutboxMail mail);

    /** Ids of unsent, not failed mail whose next attempt is due: first attempts first, then the oldest. */
    List<Long> due(Instant now, int limit);

    Optional<OutboxMail> find(long id);

    /**
     * Of these mails, the digestible ones grouped by recipient where a recipient has two or more: each
     * group goes out as one digest. In the order of the ids.
     */
    java.util.Map<String, List<Long>> digests(List<Long> mailIds);

    /** Mail whose attempts ran out, newest first. */
    List<OutboxMail> failed(int limit);
}
