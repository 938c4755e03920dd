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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One batch of survey links, in three steps so that every link a mail may carry answers: claim the
 * invitations and store the links' hashes (a transaction), hand the mails to the mail server over
 * one connection (none), record which it took (a transaction). A link is made here and goes only
 * into its mail. When the server fails midway, the invitations it did not take are mailed again
 * later with new links, and the links stored for them still answer, in case a mail left after all.
 */
@Stateless
@PermitAll
public class InvitationMailBatch {

    private static final Logger LOG = Logger.getLogger(InvitationMailBatch.class.getName());
    /** How long a sender holds the invitations it claimed; a sender that died frees them after it. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    @Resource(lookup = "java:jboss/mail/culture")
    private Session mailSession;

    @Inject
    private SurveyCycles cycles;

    /** Mails with the links they carry, and where the next batch starts (0: this was the last). */
    public record Batch(List<LinkMail> mails, long nextAfterId) {
    }

    /** A mail and its link's token (the token is never stored). */
    public record LinkMail(InvitationMail mail, String token) {

        IssuedLink link() {
            return new IssuedLink(mail.invitationId(), mail.reminder(), SurveyToken.hash(token));
        }
    }

    /** What the mail server took, what it did not, and why it stopped (null when it took all). */
    public record Handover(List<IssuedLink> handed, List<IssuedLink> notHanded, MessagingException failure) {
    }

    /** Claims the next links due after an invitation id and stores them before any is mailed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch claim(boolean reminders, long afterId, int limit) {
        Instant now = Instant.now();
        List<InvitationMail> due = cycles.dueMail(reminders, afterId, limit, now.minus(CLAIM));
        if (due.isEmpty()) {
            return new Batch(List.of(), 0);
        }
        Map<Long, LinkMail> mails = new LinkedHashMap<>();
        for (InvitationMail mail : due) {
            mails.put(mail.invitationId(), new LinkMail(mail, SurveyToken.next()));
        }
        List<IssuedLink> held = cycles.claim(mails.values().stream().map(LinkMail::link).toList(), ThisNode.NAME,
                now, now.minus(CLAIM));
        long next = due.size() < limit ? 0 : due.get(due.size() - 1).invitationId();
        return new Batch(held.stream().map(link -> mails.get(link.invitationId())).toList(), next);
    }

    /** At start: what this node claimed before it stopped (or died) is free again, without waiting for the lapse. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseClaims() {
        int released = cycles.releaseMailClaims(ThisNode.NAME);
        if (released > 0) {
            LOG.info(() -> released + " survey links this node had claimed before it stopped are free again");
        }
    }

    /** Hands the mails to the mail server over one connection, outside any transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Handover hand(List<LinkMail> mails) {
        List<IssuedLink> handed = new ArrayList<>(mails.size());
        try (Transport transport = mailSession.getTransport()) {
            transport.connect();
            for (LinkMail mail : mails) {
                MimeMessage message = message(mail.mail(), mail.token());
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (SendFailedException e) {
                    if (e.getInvalidAddresses() == null || e.getInvalidAddresses().length == 0) {
                        throw e; // not the address: the server failed, the mail may not have left
                    }
                    // the server refused this address: nothing to retry, the invitation stays unanswered
                    LOG.warning(() -> "Survey link " + mail.mail().invitationId() + " refused for "
                            + mail.mail().email() + ": " + e.getMessage());
                }
                handed.add(mail.link());
            }
            return new Handover(handed, List.of(), null);
        } catch (MessagingException e) {
            List<IssuedLink> rest = mails.subList(handed.size(), mails.size()).stream().map(LinkMail::link).toList();
            return new Handover(handed, rest, e);
        }
    }

    /** Records what the mail server took and frees the rest for a later batch. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Handover handover) {
        cycles.mailed(handover.handed(), handover.notHanded(), Instant.now());
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
