package com.salesculture.workflow.notification;

import com.salesculture.domain.model.notification.Outbox;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Sends what the outbox holds, every few seconds: each mail in its own transaction, so one
 * unreachable recipient or a mail server outage holds nothing else back and loses nothing.
 */
@Singleton
@DependsOn("DatabaseMigration") // its first run must find the schema migrated
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final int BATCH = 100;

    @Inject
    private Outbox outbox;

    @EJB
    private MailDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    void dispatch() {
        for (Long id : outbox.due(Instant.now(), BATCH)) {
            delivery.deliver(id);
        }
    }
}
