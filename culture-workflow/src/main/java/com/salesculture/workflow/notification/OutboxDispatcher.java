package com.salesculture.workflow.notification;

import com.salesculture.domain.model.notification.Outbox;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends what the outbox holds, every few seconds: each mail in its own transaction, so one
 * unreachable recipient or a mail server outage holds nothing else back and loses nothing. A person's
 * task mails due in the same dispatch go out as one digest (one transaction for the digest). Every
 * node runs it: each batch is claimed in the database first, so a mail goes out from one node only.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration") // its first run must find the schema migrated
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final int BATCH = 100;

    @Inject
    private Outbox outbox;

    @EJB
    private MailDelivery delivery;

    /** How long one run keeps sending while mail is waiting: most of the 3 s until the next run. */
    private static final Duration BUDGET = Duration.ofMillis(2500);

    @PostConstruct
    void releaseWhatThisNodeHeld() {
        delivery.releaseClaims();
    }

    /** Sends due mail in batches until none is left or the budget is spent, so a backlog drains quickly. */
    @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
    void dispatch() {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        List<Long> due;
        do {
            due = delivery.claim(BATCH);
            send(due);
        } while (due.size() == BATCH && System.nanoTime() < deadline);
    }

    /** A batch over one connection (not one per mail); after a failure the next mail connects afresh. */
    private void send(List<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return;
        }
        Map<String, List<Long>> digests = outbox.digests(mailIds);
        Set<Long> digested = new HashSet<>();
        digests.values().forEach(digested::addAll);
        Transport transport = delivery.connect();
        try {
            for (List<Long> digest : digests.values()) {
                if (!delivery.deliverDigest(digest, transport) && transport != null) {
                    close(transport);
                    transport = delivery.connect();
                }
            }
            for (long mailId : mailIds) {
                if (!digested.contains(mailId) && !delivery.deliver(mailId, transport) && transport != null) {
                    close(transport);
                    transport = delivery.connect();
                }
            }
        } finally {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // closed anyway; the mails' outcomes are recorded
            }
        }
    }
}
