package com.salesculture.it;

import static com.salesculture.it.InServer.awaitCount;
import static com.salesculture.it.InServer.awaitMail;
import static com.salesculture.it.InServer.count;
import static com.salesculture.it.InServer.sha256;
import static com.salesculture.it.InServer.startSmtp;
import static com.salesculture.it.InServer.text;
import static com.salesculture.it.InServer.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.salesculture.workflow.application.people.InstallationAccounts;
import jakarta.mail.Message;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts of a real organisation (issue 13): admins open accounts and change roles, a mailed
 * single-use link sets the password, changes count at the person's next request, a disabled account
 * is refused at once, and every change is in the decision log.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final Pattern LINK = Pattern.compile("/password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Seven green bicycles at dawn";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    @DisplayName("Set-password links: only admins open accounts; the mailed link sets a password once, checked by the policy, expires, and is erased from the outbox once sent")
    void setPasswordLinks() throws Exception {
        GreenMail smtp = startSmtp();
        try {
            String username = "nora-" + tag();
            String email = username + "@culture.example";
            String account = "{\"username\": \"" + username + "\", \"name\": \"Nora Lind\", \"email\": \"" + email
                    + "\", \"language\": \"de\", \"roles\": [\"salesperson\"]}";
            assertThat(Api.postJson("lena", "/api/users", account).status()).as("only admins").isEqualTo(403);
            assertThat(Api.get("hana", "/api/users").status()).isEqualTo(403);
            Api.Reply opened = Api.postJson("adam", "/api/users", account);
            assertThat(opened.status()).isEqualTo(201);
            assertThat(opened.json().getBoolean("hasPassword")).isFalse();
            assertThat(opened.body()).doesNotContain("hash");
            assertThat(Api.postJson("adam", "/api/users", account).status()).as("username taken").isEqualTo(409);
            assertThat(Api.postJson("adam", "/api/users", "{\"username\": \"x!\", \"email\": \"no\", \"roles\": [\"boss\"]}")
                    .body()).contains("\"username\"").contains("\"roles\"");

            Message welcome = awaitMail(smtp, email, "Ihr Konto");
            String token = token(welcome);
            assertThat(count("select count(*) from password_link where token_hash = '" + sha256(token) + "'")).isEqualTo(1);
            String erased = "select count(*) from mail_outbox where recipient = '" + email
                    + "' and body like '%erased%' and body not like '%" + token + "%'";
            InServer.await(() -> {
                try {
                    return count(erased);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, n -> n == 1);

            assertThat(setPassword(token, "short").body()).contains("\"password\"").contains("at least 12");
            assertThat(setPassword(token, "password1234").body()).contains("commonly used");
            assertThat(setPassword(token, username + "-and-more").body()).contains("username");
            assertThat(setPassword("A".repeat(43), PASSWORD).body()).contains("\"token\"").contains("not valid");
            assertThat(setPassword(token, PASSWORD).status()).isEqualTo(204);
            assertThat(setPassword(token, PASSWORD + "!").body()).as("single use").contains("\"token\"").contains("used");
            assertThat(Api.with(Api.basic(username, PASSWORD), "GET", "/api/tasks", null).status()).isEqualTo(200);
            assertThat(count("select count(*) from app_user where username = '" + username
                    + "' and password_hash like 'PBKDF2WithHmacSHA256:600000:%'")).isEqualTo(1);

            assertThat(Api.post("adam", "/api/users/" + username + "/password-link").status()).isEqualTo(202);
            String reset = InServer.await(() -> InServer.mailsTo(smtp, email).stream().map(InServer::text)
                    .filter(t -> t.contains("Link gesendet")).findFirst().orElse(null), java.util.Objects::nonNull);
            Matcher resetLink = LINK.matcher(reset);
            assertThat(resetLink.find()).isTrue();
            update("update password_link set expires_at = created_at where token_hash = '" + sha256(resetLink.group(1)) + "'");
            assertThat(setPassword(resetLink.group(1), PASSWORD + "!").body()).contains("expired");

            assertThat(decisions(username)).contains("adam ACCOUNT_CREATED created", "adam ROLE_GRANTED salesperson",
                    "adam PASSWORD_LINK_SENT welcome", username + " PASSWORD_SET set through a welcome link",
                    "adam PASSWORD_LINK_SENT reset");
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("Roles change at the next request and a disabled account is refused at once, on pages and the API (cached credentials too); its tasks wait for reassignment; nobody changes their own roles")
    void rolesAndDisabling() throws Exception {
        String username = openAccountWithPassword("salesperson");
        String basic = Api.basic(username, PASSWORD);
        WebSession page = WebSession.signIn(username, PASSWORD, "en");
        assertThat(Api.with(basic, "GET", "/api/exit-cases", null).status()).isEqualTo(403);
        assertThat(page.get("/inbox.xhtml")).doesNotContain("id=\"exitsLink\"");

        Api.Reply before = Api.get("adam", "/api/users/" + username);
        assertThat(Api.putJson("adam", "/api/users/" + username + "/roles", "{\"roles\": [\"hr\"]}", "\"99\"").status())
                .as("an old revision").isEqualTo(412);
        Api.Reply granted = Api.putJson("adam", "/api/users/" + username + "/roles",
                "{\"roles\": [\"hr\", \"sales-leader\"]}", before.etag());
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.etag()).isNotEqualTo(before.etag());
        assertThat(Api.with(basic, "GET", "/api/exit-cases", null).status()).as("the next API request").isEqualTo(200);
        assertThat(page.get("/inbox.xhtml")).as("the next page, same session").contains("id=\"exitsLink\"");

        assertThat(Api.putJson("adam", "/api/users/adam/roles", "{\"roles\": [\"admin\", \"hr\"]}",
                Api.get("adam", "/api/users/adam").etag()).status()).as("no self-grant").isEqualTo(403);
        assertThat(Api.postJson("adam", "/api/users/adam/disable", "{}").status()).isEqualTo(403);
        assertThat(Api.putJson("lena", "/api/users/" + username + "/roles", "{\"roles\": [\"admin\"]}").status())
                .isEqualTo(403);

        long programId = Api.startProgram("lena", "Orphaned " + tag());
        String taskId = Api.taskOfProgram("lena", programId);
        assertThat(Api.with(basic, "POST", "/api/tasks/" + taskId + "/claim", null).status()).isEqualTo(200);

        assertThat(Api.postJson("adam", "/api/users/" + username + "/disable", "{\"reason\": \"left the company\"}")
                .json().getBoolean("enabled")).isFalse();
        assertThat(Api.with(basic, "GET", "/api/tasks", null).status()).as("cached credentials too").isEqualTo(401);
        assertThat(page.get("/inbox.xhtml")).as("the session ended").contains("id=\"login\"");
        assertThat(Api.get("adam", "/api/tasks?scope=orphaned&size=100").body()).contains(taskId);
        assertThat(Api.get("lena", "/api/tasks?scope=orphaned&size=100").body()).as("sales leaders too").contains(taskId);
        assertThat(Api.get("sara", "/api/tasks?scope=orphaned").status()).isEqualTo(403);
        assertThat(Api.postJson("lena", "/api/tasks/" + taskId + "/reassign", "{\"assignee\": \"" + username + "\"}")
                .status()).as("not to a disabled account").isEqualTo(400);
        assertThat(Api.postJson("lena", "/api/tasks/" + taskId + "/reassign", "{\"assignee\": \"leo\"}").status())
                .isEqualTo(200);

        assertThat(Api.postJson("adam", "/api/users/" + username + "/enable", "{\"reason\": \"back\"}").status())
                .isEqualTo(200);
        assertThat(Api.with(basic, "GET", "/api/tasks", null).status()).isEqualTo(200);
        assertThat(page.get("/inbox.xhtml")).as("an ended session stays ended").contains("id=\"login\"");

        assertThat(decisions(username)).contains("adam ROLE_GRANTED hr", "adam ROLE_GRANTED sales-leader",
                "adam ROLE_REVOKED salesperson", "adam ACCOUNT_DISABLED disabled", "adam ACCOUNT_ENABLED enabled");
    }

    @Test
    @DisplayName("People change their own password (the current one first); sign-out ends the session on the server; a new password ends older sessions")
    void ownPasswordAndSessions() throws Exception {
        String username = openAccountWithPassword("auditor");
        WebSession page = WebSession.signIn(username, PASSWORD, "en");
        String stolen = page.sessionId();
        assertThat(page.signOut()).contains("id=\"login\"");
        assertThat(WebSession.presenting(stolen, "en").get("/audit.xhtml")).as("a copied cookie after sign-out")
                .contains("id=\"login\"");

        WebSession other = WebSession.signIn(username, PASSWORD, "en");
        String change = "{\"currentPassword\": \"%s\", \"password\": \"%s\"}";
        assertThat(Api.with(Api.basic(username, PASSWORD), "PUT", "/api/password",
                change.formatted("wrong", "Another long sentence here")).body()).contains("\"currentPassword\"");
        assertThat(Api.with(Api.basic(username, PASSWORD), "PUT", "/api/password",
                change.formatted(PASSWORD, "1qaz2wsx3edc")).body()).contains("\"password\"");
        assertThat(Api.with(Api.basic(username, PASSWORD), "PUT", "/api/password",
                change.formatted(PASSWORD, "Another long sentence here")).status()).isEqualTo(204);
        assertThat(Api.with(Api.basic(username, PASSWORD), "GET", "/api/tasks", null).status()).isEqualTo(401);
        assertThat(Api.with(Api.basic(username, "Another long sentence here"), "GET", "/api/tasks", null).status())
                .isEqualTo(200);
        assertThat(other.get("/audit.xhtml")).as("sessions from before the change").contains("id=\"login\"");
    }

    @Test
    @DisplayName("Salespeople get accounts from the sales force (API and CSV column), with the mail in their language")
    void salespeopleAccounts() throws Exception {
        GreenMail smtp = startSmtp();
        try {
            InServer.Person person = InServer.salesperson();
            Api.Reply given = Api.postJson("hana", "/api/salespeople/" + person.id() + "/account", "{\"language\": \"de\"}");
            assertThat(given.status()).isEqualTo(200);
            String username = given.json().getString("username");
            assertThat(username).isEqualTo(person.email().substring(0, person.email().indexOf('@')));
            assertThat(Api.get("adam", "/api/users/" + username).json().getJsonArray("roles").toString())
                    .isEqualTo("[\"salesperson\"]");
            assertThat(token(awaitMail(smtp, person.email(), "Ihr Konto"))).isNotBlank();
            assertThat(Api.postJson("hana", "/api/salespeople/" + person.id() + "/account", "{}").status()).isEqualTo(409);
            assertThat(Api.postJson("finn", "/api/salespeople/" + person.id() + "/account", "{}").status()).isEqualTo(403);

            String tag = tag();
            Api.Reply wrong = Api.post("lena", "/api/salespeople", "text/csv",
                    "name,email,team,account\nAl " + tag + ",al-" + tag + "@culture.example,North,maybe\n");
            assertThat(wrong.body()).contains("rows[2].account");
            Api.Reply imported = Api.post("lena", "/api/salespeople", "text/csv", "name,email,team,account,language\n"
                    + "Al " + tag + ",al-" + tag + "@culture.example,North,yes,en\n"
                    + "Bo " + tag + ",bo-" + tag + "@culture.example,North,no,\n");
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(Api.get("adam", "/api/users/al-" + tag).status()).isEqualTo(200);
            assertThat(Api.get("adam", "/api/users/bo-" + tag).status()).isEqualTo(404);
            assertThat(awaitMail(smtp, "al-" + tag + "@culture.example", "Your account")).isNotNull();
            // salespeople with accounts get a charter to acknowledge in later programmes: these leave
            InServer.leaveSalesForce(person.id());
            InServer.leaveSalesForce(Api.get("lena", "/api/salespeople").jsonArray().getValuesAs(jakarta.json.JsonObject.class)
                    .stream().filter(p -> p.getString("email").equals("al-" + tag + "@culture.example")).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue());
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("Demo data switched off disables the demo accounts; an installation without an administrator gets its first one by a mailed link")
    void demoAccountsAndFirstAdministrator() throws Exception {
        assertThat(WebSession.anonymous("en").get("/login.xhtml")).as("the warning while demo passwords work")
                .contains("demoWarning");
        InstallationAccounts installation = (InstallationAccounts) new InitialContext()
                .lookup("java:global/culture/culture-workflow/InstallationAccounts");
        UserTransaction transaction = (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
        transaction.begin();
        try {
            assertThat(installation.firstAdministrator("boss@culture.example")).as("an admin exists").isEmpty();
            assertThat(installation.disableDemoAccounts()).isGreaterThanOrEqualTo(11);
            assertThat(count("select count(*) from app_user where demo_password and enabled")).isZero();
            assertThat(count("select count(*) from app_user where username = 'adam' and not enabled")).isEqualTo(1);
            String link = installation.firstAdministrator("boss@culture.example").orElseThrow();
            assertThat(link).contains("/password.xhtml?token=");
            assertThat(count("select count(*) from app_user u join app_user_group g on g.username = u.username"
                    + " where u.email = 'boss@culture.example' and u.enabled and g.group_name = 'admin'")).isEqualTo(1);
        } finally {
            transaction.rollback();
        }
        assertThat(Api.get("adam", "/api/users").status()).as("all as before").isEqualTo(200);
    }

    @Test
    @DisplayName("A mail that cannot be sent ends as failed after MAIL_MAX_ATTEMPTS, shown to admins with the reason and counted; a retry with a logged reason sends it once a mail server answers")
    void mailThatCannotBeSentStopsTrying() throws Exception {
        String email = "unsent-" + tag() + "@culture.example";
        // no mail server answers on SMTP_PORT now: every attempt fails
        assertThat(Api.postJson("adam", "/api/users", "{\"username\": \"" + email.substring(0, email.indexOf('@'))
                + "\", \"name\": \"Unsent\", \"email\": \"" + email + "\", \"roles\": [\"finance\"]}").status())
                .isEqualTo(201);
        long id = count("select max(id) from mail_outbox where recipient = '" + email + "'");
        awaitCount("select count(*) from mail_outbox where id = " + id + " and attempts = 1 and failed_at is null"
                + " and next_attempt_at > created_at", 1); // the first attempt failed: tried again after a pause
        // the attempts between, as if failed too (the pauses are OutboxMailTest's), then the last one, due now
        update("update mail_outbox set attempts = " + (Long.getLong("culture.mail.max-attempts") - 1)
                + ", next_attempt_at = created_at where id = " + id);
        awaitCount("select count(*) from mail_outbox where id = " + id + " and failed_at is not null", 1);
        assertThat(count("select attempts from mail_outbox where id = " + id + " and failed_at is not null"))
                .as("failed after the set number of attempts").isEqualTo(Long.getLong("culture.mail.max-attempts"));
        // a later mail, due at once: once the dispatcher has tried it, it has passed the failed one by
        String later = "later-" + tag();
        assertThat(Api.postJson("adam", "/api/users", "{\"username\": \"" + later + "\", \"name\": \"Later\", \"email\": \""
                + later + "@culture.example\", \"roles\": [\"finance\"]}").status()).isEqualTo(201);
        long laterId = count("select max(id) from mail_outbox where recipient = '" + later + "@culture.example'");
        update("update mail_outbox set next_attempt_at = created_at where id in (" + id + ", " + laterId + ")");
        awaitCount("select count(*) from mail_outbox where id = " + laterId + " and attempts > 0", 1);
        assertThat(count("select attempts from mail_outbox where id = " + id)).as("and no more")
                .isEqualTo(Long.getLong("culture.mail.max-attempts"));

        String failed = Api.get("adam", "/api/admin/mails/failed").body();
        assertThat(failed).contains(email).contains("lastError");
        assertThat(Api.get("lena", "/api/admin/mails/failed").status()).isEqualTo(403);
        assertThat(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Api.BASE_URL + "/api/metrics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                .body()).containsPattern("culture_mail_outbox_failed [1-9]");
        assertThat(Api.postJson("adam", "/api/admin/mails/" + id + "/retry", "{}").status()).as("a reason").isEqualTo(400);
        GreenMail smtp = startSmtp();
        try {
            assertThat(Api.postJson("adam", "/api/admin/mails/" + id + "/retry", "{\"reason\": \"mail server fixed\"}")
                    .status()).isEqualTo(204);
            assertThat(awaitMail(smtp, email, "Your account")).isNotNull();
            assertThat(Api.postJson("adam", "/api/admin/mails/" + id + "/retry", "{\"reason\": \"again\"}").status())
                    .as("only a failed mail").isEqualTo(409);
        } finally {
            smtp.stop();
        }
        assertThat(count("select count(*) from decision_log where decision = 'MAIL_RETRIED' and actor = 'adam'"
                + " and subject_id = '" + id + "' and reason = 'mail server fixed'")).isEqualTo(1);
    }

    /** An account opened by adam whose password is {@link #PASSWORD}, set through its link. */
    private static String openAccountWithPassword(String role) throws Exception {
        GreenMail smtp = startSmtp();
        try {
            String username = "acct-" + tag();
            String email = username + "@culture.example";
            assertThat(Api.postJson("adam", "/api/users", "{\"username\": \"" + username + "\", \"name\": \"Test "
                    + username + "\", \"email\": \"" + email + "\", \"roles\": [\"" + role + "\"]}").status()).isEqualTo(201);
            assertThat(setPassword(token(awaitMail(smtp, email, "Your account")), PASSWORD).status()).isEqualTo(204);
            return username;
        } finally {
            smtp.stop();
        }
    }

    private static Api.Reply setPassword(String token, String password) {
        return Api.postJson(null, "/api/password", "{\"token\": \"" + token + "\", \"password\": \"" + password + "\"}");
    }

    private static String token(Message mail) {
        Matcher link = LINK.matcher(text(mail));
        assertThat(link.find()).as("a set-password link in %s", text(mail)).isTrue();
        return link.group(1);
    }

    /** The account's decision-log entries as "actor DECISION outcome", oldest first. */
    private static java.util.List<String> decisions(String username) throws Exception {
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (var connection = InServer.dataSource().getConnection();
             var query = connection.prepareStatement("select actor, decision, outcome from decision_log"
                     + " where subject_type = 'account' and subject_id = ? order by seq")) {
            query.setString(1, username);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
        }
        return entries;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
