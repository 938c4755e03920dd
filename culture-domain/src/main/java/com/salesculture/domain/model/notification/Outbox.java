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

    /** Mail whose attempts ran out, newest first. */
    List<OutboxMail> failed(int limit);
}
