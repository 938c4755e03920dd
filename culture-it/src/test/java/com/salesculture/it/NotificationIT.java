package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Mail through the server's mail session to a real SMTP server on loopback (GreenMail, as SMTP_HOST:SMTP_PORT). */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final ServerSetup SMTP = new ServerSetup(
            Integer.parseInt(System.getenv().getOrDefault("SMTP_PORT", "2525")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.builtEarWith(NotificationIT.class, InServer.class).addAsLibrary(Deployments.jarOf(GreenMail.class));
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("A new task mails the other members of its group a deep link in their language; a reassignment mails the new assignee")
    void newAndReassignedTasksAreMailed() throws Exception {
        smtp = startSmtp();
        long programId = Api.startProgram("lena", "Mail " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);

        List<Message> created = awaitMails(taskId, "leo@culture.example", 1);
        assertThat(created.get(0).getSubject()).as("leo reads German").isEqualTo("Neue Aufgabe: Draft strategic intent");
        assertThat(text(created.get(0))).contains("Hallo Leo Brandt")
                .contains("Es gibt eine neue Aufgabe f\u00fcr Ihre Gruppe").contains("/task.xhtml?id=" + taskId);
        List<Message> toHr = mailsAbout(taskId, "hana@culture.example");
        assertThat(toHr).as("only the task's group").isEmpty();
        assertThat(mailsAbout(taskId, "lena@culture.example")).as("not to the person who caused it").isEmpty();

        Api.postJson("leo", "/api/tasks/" + taskId + "/reassign", "{\"assignee\": \"lena\"}");
        List<Message> assigned = awaitMails(taskId, "lena@culture.example", 1);
        assertThat(assigned).extracting(Message::getSubject).as("lena reads English")
                .containsExactly("Assigned to you: Draft strategic intent");
        assertThat(text(assigned.get(0))).contains("Hello Lena Lindqvist")
                .contains("Leo Brandt gave you a task");
    }

    @Test
    @DisplayName("With SMTP down the decision still commits; the mail is sent once when SMTP returns")
    void mailSurvivesAnSmtpOutage() throws Exception {
        long programId = Api.startProgram("lena", "Outage " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);
        assertThat(taskId).as("the programme and its task committed although mail cannot be sent").isNotNull();
        String toLeo = "from mail_outbox where recipient = 'leo@culture.example' and body like '%/task.xhtml?id=" + taskId + "%'";
        InServer.await(() -> outbox("select count(*) " + toLeo + " and attempts >= 1 and last_error is not null"),
                failed -> failed == 1); // the dispatcher tried and recorded why it failed

        smtp = startSmtp();
        awaitMails(taskId, "leo@culture.example", 1);
        InServer.await(() -> outbox("select count(*) " + toLeo + " and sent_at is not null"), sent -> sent == 1);
        assertThat(outbox("select count(*) " + toLeo)).as("one row, marked sent: no later round sends it again").isEqualTo(1);
        assertThat(mailsAbout(taskId, "leo@culture.example")).hasSize(1);
    }

    private static long outbox(String sql) {
        try {
            return InServer.count(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail greenMail = new GreenMail(SMTP);
        greenMail.start();
        return greenMail;
    }

    private List<Message> awaitMails(String taskId, String recipient, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 45_000;
        List<Message> mails = mailsAbout(taskId, recipient);
        while (mails.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            mails = mailsAbout(taskId, recipient);
        }
        assertThat(mails).as("mails to %s about task %s", recipient, taskId).hasSize(count);
        return mails;
    }

    private List<Message> mailsAbout(String taskId, String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> text(message).contains("/task.xhtml?id=" + taskId + "\r\n")
                        || text(message).contains("/task.xhtml?id=" + taskId + "\n"))
                .filter(message -> sentTo(message, recipient))
                .map(Message.class::cast)
                .toList();
    }

    private static boolean sentTo(Message message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of a mail (a German one travels quoted-printable). */
    private static String text(Message message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
