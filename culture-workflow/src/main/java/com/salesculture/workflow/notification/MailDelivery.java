package com.salesculture.workflow.notification;

import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
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
import java.time.Instant;
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
        OutboxMail mail = outbox.find(mailId).orElse(null);
        if (mail == null || mail.isSent() || mail.isFailed()) {
            return true;
        }
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            if (transport != null && transport.isConnected()) {
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            } else {
                Transport.send(message);
            }
            mail.sent(Instant.now());
            return true;
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.getMessage(), Instant.now(), maxAttempts);
            if (mail.isFailed()) {
                LOG.severe(() -> "Mail " + mailId + " to " + mail.recipient() + " failed after " + mail.attempts()
                        + " attempts, waiting for an admin (Admin page): " + e.getMessage());
            } else {
                LOG.warning(() -> "Mail " + mailId + " to " + mail.recipient() + " not sent (attempt " + mail.attempts()
                        + "), retrying at " + mail.nextAttemptAt() + ": " + e.getMessage());
            }
            return false;
        }
    }
}
