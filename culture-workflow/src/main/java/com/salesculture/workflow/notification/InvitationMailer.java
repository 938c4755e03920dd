package com.salesculture.workflow.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Hands survey links to the mail server in batches until none is due: right after a cycle's
 * invitations or reminders commit, and every few seconds (after a mail server outage, a restart).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // a wake-up never waits for a running dispatch
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());
    private static final int BATCH = 500;
    /** SMTP connections at once (one by default; the survey benchmark measured four, see docs/benchmarks.md). */
    private static final int SENDERS = Integer.getInteger("culture.mail.senders", 1);

    @EJB
    private InvitationMailBatch batch;

    @Resource
    private TimerService timers;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean dispatching = new AtomicBoolean();

    @PostConstruct
    void releaseWhatThisNodeHeld() {
        batch.releaseClaims();
    }

    /** Sends as soon as the caller's transaction commits (a timer made in it starts only then). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void wakeUpAfterCommit() {
        timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }

    @Timeout
    void wokenUp() {
        dispatch();
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void regularly() {
        dispatch();
    }

    /**
     * One dispatch at a time (one that finds another running leaves the work to it), over
     * {@link #SENDERS} connections at once if configured: a mail server answers each command of a mail
     * before the next, so one connection spends most of its time waiting.
     */
    public void dispatch() {
        if (!dispatching.compareAndSet(false, true)) {
            return;
        }
        try {
            DueLinks due = new DueLinks(batch::claim, BATCH);
            List<Future<?>> senders = new ArrayList<>();
            for (int sender = 1; sender < SENDERS; sender++) {
                senders.add(executor.submit(() -> send(due)));
            }
            send(due); // the first sender on this thread
            for (Future<?> sender : senders) {
                sender.get();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Survey links not sent now, retrying shortly: " + e.getMessage());
        } catch (ExecutionException e) {
            LOG.warning(() -> "Survey links not sent now, retrying shortly: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            dispatching.set(false);
        }
    }

    /** Hands batch after batch to the mail server until no link is due. */
    private Void send(DueLinks due) throws MessagingException {
        for (InvitationMailBatch.Batch claimed; (claimed = due.next()) != null; ) {
            InvitationMailBatch.Handover handover = batch.hand(claimed.mails());
            batch.record(handover);
            if (handover.failure() != null) {
                throw handover.failure();
            }
        }
        return null;
    }
}
