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

/** Sends one outbox mail through the server's mail session and records the outcome, in its own transaction. */
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

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long mailId) {
        OutboxMail mail = outbox.find(mailId).orElse(null);
        if (mail == null || mail.isSent() || mail.isFailed()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mailSession);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            Transport.send(message);
            mail.sent(Instant.now());
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.getMessage(), Instant.now(), maxAttempts);
            if (mail.isFailed()) {
                LOG.severe(() -> "Mail " + mailId + " to " + mail.recipient() + " failed after " + mail.attempts()
                        + " attempts, waiting for an admin (Admin page): " + e.getMessage());
            } else {
                LOG.warning(() -> "Mail " + mailId + " to " + mail.recipient() + " not sent (attempt " + mail.attempts()
                        + "), retrying at " + mail.nextAttemptAt() + ": " + e.getMessage());
            }
        }
    }
}
