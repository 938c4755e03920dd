package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
            InServer.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
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
        drained("leo@culture.example"); // earlier tests' mail would join these in a digest
        drained("lena@culture.example");
        long programId = Api.startProgram("lena", "Mail " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);

        List<Message> created = awaitMails(taskId, "leo@culture.example", 1);
        assertThat(created.get(0).getSubject()).as("leo reads German").isEqualTo("Neue Aufgabe: Draft strategic intent");
        assertThat(text(created.get(0))).contains("Hallo Leo Brandt")
                .contains("Es gibt eine neue Aufgabe f\u00fcr Ihre Gruppe").contains("/task.xhtml?id=" + taskId);
        long row = outbox("select id from mail_outbox where recipient = 'leo@culture.example' and body like '%/task.xhtml?id="
                + taskId + "%'");
        assertThat(id((jakarta.mail.internet.MimeMessage) created.get(0))).as("the outbox row's id: the same if sent again")
                .isEqualTo("<outbox-" + row + "@sales-culture>");
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
    @DisplayName("Task mails a person gets in one dispatch go out as one digest in their language, each task linked; each outbox row is marked sent once")
    void oneDigestPerPersonPerDispatch() throws Exception {
        smtp = startSmtp();
        String first = Api.taskOfProgram("lena", Api.startProgram("lena", "Digest A " + UUID.randomUUID()));
        String second = Api.taskOfProgram("lena", Api.startProgram("lena", "Digest B " + UUID.randomUUID()));
        drained("leo@culture.example"); // the new-task mails (and older ones) went

        // one transaction gives leo both tasks: two mails due in the same dispatch
        java.util.Set<String> before = new java.util.HashSet<>(); // received messages come grouped by mailbox, not in order
        for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
            before.add(message.getMessageID());
        }
        Api.Reply reassigned = Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"reassign\", \"assignee\": \"leo\","
                + " \"taskIds\": [\"" + first + "\", \"" + second + "\"]}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        List<Message> toLeo = InServer.await(() -> Arrays.stream(smtp.getReceivedMessages()).filter(message -> !before.contains(id(message)))
                .filter(message -> sentTo(message, "leo@culture.example")).map(Message.class::cast).toList(),
                found -> found.stream().anyMatch(message -> text(message).contains("/task.xhtml?id=" + second)));
        List<Message> digests = toLeo.stream().filter(message -> text(message).contains("/task.xhtml?id=" + first)
                && text(message).contains("/task.xhtml?id=" + second)).toList();
        assertThat(digests).as("leo's mails since: %s", toLeo.stream().map(NotificationIT::text).toList()).isNotEmpty();
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0).getSubject()).isEqualTo("Sales Culture Program: 2 Aufgaben warten auf Sie");
        assertThat(text(digests.get(0))).contains("Hallo Leo Brandt").contains("Lena Lindqvist hat Ihnen eine Aufgabe gegeben");
        String assigned = "from mail_outbox where recipient = 'leo@culture.example' and dedupe_key like 'task-assigned:%' and (body like '%"
                + first + "%' or body like '%" + second + "%')";
        assertThat(outbox("select count(*) " + assigned)).isEqualTo(2);
        assertThat(outbox("select count(*) " + assigned + " and sent_at is not null and attempts = 1")).as("each sent once").isEqualTo(2);
    }

    @Test
    @DisplayName("Two dispatchers at once (two nodes) never claim the same mail; a claim that lapsed (its node died) is taken again")
    void eachMailIsClaimedByOneDispatcher() throws Exception {
        Outbox outbox = jakarta.enterprise.inject.spi.CDI.current().select(Outbox.class).get();
        javax.naming.InitialContext names = new javax.naming.InitialContext();
        jakarta.transaction.UserTransaction transaction =
                (jakarta.transaction.UserTransaction) names.lookup("java:jboss/UserTransaction");
        // the container's threads: each dispatcher's transaction on its own thread, as on two nodes
        java.util.concurrent.ExecutorService dispatchers = (java.util.concurrent.ExecutorService)
                names.lookup("java:jboss/ee/concurrency/executor/default");
        // due only tomorrow: the server's own dispatcher leaves them alone
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        String tag = "claim-" + UUID.randomUUID();
        inTransaction(transaction, () -> {
            for (int i = 0; i < 40; i++) {
                outbox.enqueue(new OutboxMail(tag + "-" + i, "nobody@culture.example", "Claim " + i, "Claim test", tomorrow));
            }
            return null;
        });
        // the server's own mail due now is claimed as well (it comes first): only ours are counted, all are released
        List<Long> ours = InServer.ids("select id from mail_outbox where dedupe_key like '" + tag + "-%'");
        Instant due = tomorrow.plus(1, ChronoUnit.MINUTES);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.Future<List<Long>>> claims = new java.util.ArrayList<>();
            for (int node = 0; node < 2; node++) {
                String dispatcher = "node-" + node;
                claims.add(dispatchers.submit(() -> {
                    start.await();
                    return claimed(outbox, transaction, dispatcher, due, ours);
                }));
            }
            List<Long> first = claims.get(0).get();
            List<Long> second = claims.get(1).get();
            assertThat(first.stream().filter(second::contains)).as("claimed by both").isEmpty();
            assertThat(first.size() + second.size()).as("every one of ours claimed once").isEqualTo(40);

            assertThat(claimed(outbox, transaction, "node-2", due.plus(1, ChronoUnit.MINUTES), ours))
                    .as("held: nothing for a third dispatcher").isEmpty();
            assertThat(claimed(outbox, transaction, "node-2", due.plus(6, ChronoUnit.MINUTES), ours))
                    .as("lapsed: all again").hasSize(40);
            assertThat(inTransaction(transaction, () -> outbox.release("node-2"))).as("node-2 restarted: its claims released")
                    .isGreaterThanOrEqualTo(40);
            assertThat(claimed(outbox, transaction, "node-0", due.plus(7, ChronoUnit.MINUTES), ours))
                    .as("free again before the lapse").hasSize(40);
        } finally {
            inTransaction(transaction, () -> outbox.release("node-0") + outbox.release("node-1") + outbox.release("node-2"));
            InServer.update("delete from mail_outbox where dedupe_key like '" + tag + "-%'");
        }
    }

    /** Which of ours a dispatcher claims at {@code at}, for five minutes. */
    private static List<Long> claimed(Outbox outbox, jakarta.transaction.UserTransaction transaction, String node, Instant at,
                                      List<Long> ours) throws Exception {
        return inTransaction(transaction, () -> outbox.claim(node, at, at.plus(5, ChronoUnit.MINUTES), 10_000)).stream()
                .filter(ours::contains).toList();
    }

    private static <T> T inTransaction(jakarta.transaction.UserTransaction transaction, java.util.concurrent.Callable<T> work)
            throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
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

    private static String id(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the recipient's mail in the outbox is sent or given up: nothing of theirs waits. */
    private static void drained(String recipient) {
        // mail that failed while no test's mail server ran waits out its back-off: due now, so only a dispatch is awaited
        try {
            InServer.update("update mail_outbox set next_attempt_at = created_at where recipient = '" + recipient
                    + "' and sent_at is null and failed_at is null");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        InServer.await(() -> outbox("select count(*) from mail_outbox where recipient = '" + recipient
                + "' and sent_at is null and failed_at is null"), pending -> pending == 0);
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
