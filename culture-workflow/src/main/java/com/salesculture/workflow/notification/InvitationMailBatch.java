package com.salesculture.workflow.notification;

import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.UtcTime;
import com.salesculture.domain.model.survey.InvitationMail;
import com.salesculture.domain.model.survey.IssuedLink;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.domain.model.survey.SurveyToken;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Mails one batch of survey links over one SMTP connection, in its own transaction. Each link's token
 * is made here and goes only into the mail; the invitation keeps its hash. If the mail server fails
 * the batch rolls back and is sent again later with new tokens, so a stored hash always belongs to a
 * link that was handed to the mail server.
 */
@Stateless
@PermitAll
public class InvitationMailBatch {

    private static final Logger LOG = Logger.getLogger(InvitationMailBatch.class.getName());

    @Resource(lookup = "java:jboss/mail/culture")
    private Session mailSession;

    @Inject
    private SurveyCycles cycles;

    /**
     * Sends the next links due after an invitation id, of one part of the invitations (see
     * {@link SurveyCycles#dueMail}).
     *
     * @return the id of the last invitation sent, or 0 when none was due (the batch was the last)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long send(boolean reminders, long afterId, int limit, int part, int parts) throws MessagingException {
        List<InvitationMail> due = cycles.dueMail(reminders, afterId, limit, part, parts);
        if (due.isEmpty()) {
            return 0;
        }
        List<IssuedLink> links = new ArrayList<>(due.size());
        try (Transport transport = mailSession.getTransport()) {
            transport.connect();
            for (InvitationMail mail : due) {
                String token = SurveyToken.next();
                MimeMessage message = message(mail, token);
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (SendFailedException e) {
                    // the server refused this address: nothing to retry, the invitation stays unanswerable
                    LOG.warning(() -> "Survey link " + mail.invitationId() + " refused for " + mail.email()
                            + ": " + e.getMessage());
                }
                links.add(new IssuedLink(mail.invitationId(), mail.reminder(), SurveyToken.hash(token)));
            }
        }
        cycles.mailed(links, Instant.now());
        return due.size() < limit ? 0 : due.get(due.size() - 1).invitationId();
    }

    private MimeMessage message(InvitationMail mail, String token) throws MessagingException {
        Locale language = mail.language().locale();
        String prefix = mail.reminder() ? "survey.reminder." : "survey.mail.";
        String link = System.getProperty("culture.public-url", "http://localhost:8080") + "/survey/" + token;
        MimeMessage message = new MimeMessage(mailSession);
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.email()));
        message.setSubject(Message.of(prefix + "subject", mail.salespersonName()).in(language),
                StandardCharsets.UTF_8.name());
        message.setText(Message.of(prefix + "body", mail.customerName(), mail.salespersonName(), link,
                UtcTime.minutes(mail.closesAt())).in(language), StandardCharsets.UTF_8.name());
        return message;
    }
}
