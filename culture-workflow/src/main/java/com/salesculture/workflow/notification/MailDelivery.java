package com.salesculture.workflow.notification;

import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/** Sends outbox mail through the server's mail session, each recording its outcome in its own transaction. */
@Stateless
@PermitAll
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** Attempts before a mail is given up as failed (and shown to admins). */
    private final int maxAttempts = Integer.getInteger("culture.mail.max-attempts", 10);

    @Resource(lookup = "java:jboss/mail/culture")
    private Session mailSession;

    @Inject
    private Outbox outbox;

    @Inject
    private UserDirectory users;

    /**
     * How long a claimed batch is this node's to send: far longer than a dispatch takes. Only a node that
     * dies (or stalls) between sending a mail and recording it lets another send it again, after this.
     */
    private static final Duration CLAIM = Duration.ofMinutes(5);

    /** Claims the next due mails for this dispatcher, in a transaction of its own: no other node sends them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claim(int limit) {
        Instant now = Instant.now();
        return outbox.claim(ThisNode.NAME, now, now.plus(CLAIM), limit);
    }

    /** At start: what this node claimed before it stopped (or died) is free again, without waiting for the lapse. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseClaims() {
        int released = outbox.release(ThisNode.NAME);
        if (released > 0) {
            LOG.info(() -> released + " mails this node had claimed before it stopped are free again");
        }
    }

    /**
     * One connection to the mail server for a batch of mails; null when it does not answer (each mail then
     * tries on its own and records the failure).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Transport connect() {
        try {
            Transport transport = mailSession.getTransport();
            transport.connect();
            return transport;
        } catch (MessagingException e) {
            return null;
        }
    }

    /**
     * Sends one mail, over {@code transport} when it is connected, and records the outcome in the mail's
     * own transaction.
     *
     * @return whether the mail server took it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long mailId, Transport transport) {
        return deliver(outbox.find(mailId).stream().toList(), transport);
    }

    /**
     * Sends a recipient's mails of one dispatch as one digest (one alone as itself), recording the outcome
     * on each in one transaction: all sent, or all to be tried again.
     *
     * @return whether the mail server took it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliverDigest(List<Long> mailIds, Transport transport) {
        return deliver(mailIds.stream().map(outbox::find).flatMap(Optional::stream).toList(), transport);
    }

    private boolean deliver(List<OutboxMail> found, Transport transport) {
        List<OutboxMail> mails = found.stream().filter(mail -> !mail.isSent() && !mail.isFailed()).toList();
        if (mails.isEmpty()) {
            return true;
        }
        OutboxMail first = mails.get(0);
        try {
            MimeMessage message = new StableMessage(mailSession, first.id(), mails.size());
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(first.recipient()));
            if (mails.size() == 1) {
                message.setSubject(first.subject(), StandardCharsets.UTF_8.name());
                message.setText(first.body(), StandardCharsets.UTF_8.name());
            } else {
                Locale language = first.language();
                String name = users.byEmail(first.recipient()).map(UserAccount::displayName).orElse(first.recipient());
                message.setSubject(com.salesculture.domain.model.shared.Message.of("mail.digest.subject", mails.size())
                        .in(language), StandardCharsets.UTF_8.name());
                message.setText(com.salesculture.domain.model.shared.Message.of("mail.digest.body", name, mails.size(),
                        String.join("\n\n", mails.stream().map(OutboxMail::digestLine).toList())).in(language),
                        StandardCharsets.UTF_8.name());
            }
            if (transport != null && transport.isConnected()) {
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            } else {
                Transport.send(message);
            }
            Instant now = Instant.now();
            mails.forEach(mail -> mail.sent(now));
            return true;
        } catch (MessagingException | RuntimeException e) {
            Instant now = Instant.now();
            for (OutboxMail mail : mails) {
                mail.failed(e.getMessage(), now, maxAttempts);
                if (mail.isFailed()) {
                    LOG.severe(() -> "Mail " + mail.id() + " to " + mail.recipient() + " failed after " + mail.attempts()
                            + " attempts, waiting for an admin (Admin page): " + e.getMessage());
                } else {
                    LOG.warning(() -> "Mail " + mail.id() + " to " + mail.recipient() + " not sent (attempt " + mail.attempts()
                            + "), retrying at " + mail.nextAttemptAt() + ": " + e.getMessage());
                }
            }
            return false;
        }
    }

    /**
     * A mail whose Message-ID is the outbox row's (a digest's: its first row's and size), so one sent again
     * after a node died before recording it carries the same id and a receiving system can drop it.
     */
    private static final class StableMessage extends MimeMessage {

        private final String messageId;

        StableMessage(Session session, long outboxId, int mails) {
            super(session);
            this.messageId = "<outbox-" + outboxId + (mails > 1 ? "-digest-" + mails : "") + "@sales-culture>";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
