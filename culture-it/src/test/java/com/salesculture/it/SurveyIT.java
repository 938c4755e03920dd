package com.salesculture.it;

import static com.salesculture.it.InServer.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer perception end to end, inside the server (engine jobs, the engine clock, the database)
 * while acting over HTTP as people and as customers would; mail goes to a GreenMail SMTP server
 * started inside the server on the port the mail session uses. Each test makes its own salesperson
 * and customers, so cycles of other tests (which invite everyone) cannot rest them.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    @DisplayName("A large import leaves PostgreSQL's planner knowing the table's new size (the table analysed in the import), a small one leaves it to autovacuum")
    @org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "DB_KIND", matches = "postgresql",
            disabledReason = "H2 keeps no plan that outlives the table's size")
    void largeImportRefreshesPlannerStatistics() throws Exception {
        // without it, lookups prepared while the table was small kept reading all of it: each import of 20,000
        // contacts took 10 s longer than the one before (docs/benchmarks.md)
        Person served = salesperson();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String header = "organisation,name,email,salesperson,language\n";
        String small = header + "Small,Sam," + tag + "-small@small.example," + served.email() + ",en\n";
        assertThat(Api.postBytes("lena", "/api/customers", "text/csv", small.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        // what the planner knows of the table (ANALYZE sets it, in the same transaction) against what it holds
        String known = "select cast(reltuples as bigint) from pg_class where relname = 'customer_contact'";
        String rows = "select count(*) from customer_contact";
        assertThat(count(known)).as("a small import: not analysed").isLessThan(count(rows));

        StringBuilder bulk = new StringBuilder(header);
        for (int i = 0; i < 1000; i++) {
            bulk.append("Bulk ").append(i).append(",Contact ").append(i).append(',').append(tag).append('-').append(i)
                    .append("@bulk.example,").append(served.email()).append(",en\n");
        }
        assertThat(Api.postBytes("lena", "/api/customers", "text/csv", bulk.toString().getBytes(StandardCharsets.UTF_8))
                .json().getInt("imported")).isEqualTo(1000);
        assertThat(count(known)).as("a large import: analysed, every row counted").isEqualTo(count(rows));
    }

    @Test
    @DisplayName("Customers: CSV and JSON imports all or nothing with every row error; one added by JSON; a salesperson may not")
    void customersImportedUnderTheRowRules() throws Exception {
        Person served = salesperson();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long before = count("select count(*) from customer_contact");
        String bad = "organisation,name,email,salesperson,language\n"
                + "Acme,Ann," + tag + "a@acme.example," + served.email() + ",en\n"
                + "Acme,Ben," + tag + "a@acme.example," + served.email() + ",de\n"
                + "Acme,Cem,cem-at-acme," + served.email() + ",fr\n"
                + ",Dora," + tag + "d@acme.example,nobody@culture.example,en\n";
        Api.Reply refused = Api.postBytes("lena", "/api/customers", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("rows[3].email", "rows[4].email", "rows[4].language", "rows[5].organisation",
                        "rows[5].salesperson");
        assertThat(refused.body()).contains("Line 3: " + tag + "a@acme.example appears a second time (first on line 2).");
        assertThat(count("select count(*) from customer_contact")).as("nothing stored").isEqualTo(before);

        String good = "organisation,name,email,salesperson,language\n"
                + "Acme,Ann," + tag + "a@acme.example," + served.email() + ",en\n"
                + "\"Müller & Söhne, KG\",Bernd," + tag + "b@mueller.example," + served.email() + ",de\n";
        Api.Reply imported = Api.postBytes("lena", "/api/customers", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(2);
        Api.Reply one = Api.postJson("hana", "/api/customers", "{\"organisation\": \"Zeta\", \"name\": \"Zoe\", \"email\": \""
                + tag + "z@zeta.example\", \"salesperson\": \"" + served.email() + "\", \"active\": false}");
        assertThat(one.status()).isEqualTo(201);
        assertThat(one.json().getBoolean("active")).isFalse();
        List<JsonObject> listed = Api.get("aude", "/api/customers?salesperson=" + served.id()).jsonArray().getValuesAs(JsonObject.class);
        assertThat(listed).extracting(c -> c.getString("organisation"), c -> c.getString("language"))
                .containsExactly(org.assertj.core.api.Assertions.tuple("Acme", "en"),
                        org.assertj.core.api.Assertions.tuple("Müller & Söhne, KG", "de"),
                        org.assertj.core.api.Assertions.tuple("Zeta", "en"));
        Api.Reply paged = Api.get("aude", "/api/customers?salesperson=" + served.id() + "&sort=organisation&order=desc&page=1&size=2");
        assertThat(paged.totalCount()).as("the whole list's size").isEqualTo(3);
        assertThat(paged.jsonArray().getValuesAs(JsonObject.class)).extracting(c -> c.getString("organisation"))
                .as("the second page of two, newest organisation name first").containsExactly("Acme");
        assertThat(Api.get("aude", "/api/customers?q=" + tag + "Z&size=5").jsonArray().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name")).as("q matches the email, case aside").containsExactly("Zoe");
        assertThat(Api.get("aude", "/api/customers?q=%25").totalCount()).as("a wildcard typed matches only itself").isZero();
        Api.Reply tooLarge = Api.get("aude", "/api/customers?size=201");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("\"size\"");
        assertThat(Api.get("aude", "/api/customers?page=-1").body()).contains("\"page\"");
        assertThat(Api.postJson("sara", "/api/customers", "{}").status()).isEqualTo(403);
        assertThat(Api.get("sara", "/api/customers").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("A cycle: personal links mailed in each customer's language, answered once, reminders only to non-respondents, closed, scored, published")
    void surveyCycleFromInvitationToPublishedScores() throws Exception {
        Person served = salesperson();
        List<String> english = Api.contactsOf(served.email(), "en", 3);
        List<String> german = Api.contactsOf(served.email(), "de", 3);
        long programId = Api.programmeWithApprovedValues("lena");
        GreenMail smtp = startSmtp();
        try {
            Api.Reply opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles");
            assertThat(opened.status()).isEqualTo(201);
            long cycleId = opened.json().getJsonNumber("id").longValue();
            assertThat(opened.location()).endsWith("/api/survey-cycles/" + cycleId);
            assertThat(Api.post("leo", "/api/programs/" + programId + "/survey-cycles").status())
                    .as("one open cycle at a time").isEqualTo(409);
            assertThat(Api.post("sara", "/api/programs/" + programId + "/survey-cycles").status()).isEqualTo(403);

            Map<String, String> links = new LinkedHashMap<>();
            for (String email : english) {
                Message mail = awaitMail(smtp, email, "How does " + served.name() + " live our values?");
                assertThat(text(mail)).contains("Dear ").contains("Your personal link (it works once)");
                links.put(email, token(mail));
            }
            for (String email : german) {
                Message mail = awaitMail(smtp, email, "Wie lebt " + served.name() + " unsere Werte?");
                assertThat(text(mail)).contains("Guten Tag").contains("Ihr pers\u00f6nlicher Link");
                links.put(email, token(mail));
            }
            for (String token : links.values()) {
                assertThat(count("select count(*) from survey_link where token_hash = '" + sha256(token) + "'"))
                        .as("only the token's hash is stored").isEqualTo(1);
                assertThat(count("select count(*) from survey_link where token_hash = '" + token + "'")).isZero();
            }
            assertThat(Api.get("lena", "/api/survey-cycles/" + cycleId).json().getInt("invited"))
                    .as("every active contact not rested").isGreaterThanOrEqualTo(6);

            String first = links.get(english.get(0));
            JsonObject survey = Api.get(null, "/api/surveys/" + first).json();
            assertThat(survey.getString("salesperson")).isEqualTo(served.name());
            assertThat(survey.getString("language")).isEqualTo("en");
            List<Long> values = survey.getJsonArray("values").getValuesAs(JsonObject.class).stream()
                    .map(v -> v.getJsonNumber("id").longValue()).toList();
            assertThat(values).hasSize(3);
            assertThat(Api.get(null, "/api/surveys/" + links.get(german.get(0))).json().getString("language")).isEqualTo("de");

            // answers from the hand-computed fixture: value 1: 5,4,4,3,2 (mean 3.60, 3 of 5 favourable); value 2: 4 each; value 3: 1,5,5,5,5
            int[][] ratings = {{5, 4, 1}, {4, 4, 5}, {4, 4, 5}, {3, 4, 5}, {2, 4, 5}};
            List<String> answering = List.of(english.get(0), english.get(1), english.get(2), german.get(0), german.get(1));
            String markup = "<script>alert('x')</script> & \"great\"";
            for (int i = 0; i < ratings.length; i++) {
                String comment = i == 0 ? markup : "Comment " + i;
                Api.Reply answered = Api.postJson(null, "/api/surveys/" + links.get(answering.get(i)),
                        answer(values, ratings[i], comment));
                assertThat(answered.status()).as("answer %d", i).isEqualTo(204);
            }
            java.net.http.HttpResponse<String> used = WebSession.anonymous("en").open("/survey/" + links.get(answering.get(0)));
            assertThat(used.statusCode()).as("an answered link is gone").isEqualTo(410);
            assertThat(used.body()).contains("already been answered");
            requestReminders(cycleId); // five of six answered: one reminder is due
            assertThat(Api.postJson(null, "/api/surveys/" + first, answer(values, new int[]{5, 5, 5}, null)).status())
                    .as("a link answers once").isEqualTo(409);
            assertThat(Api.get(null, "/api/surveys/" + first).status()).isEqualTo(409);

            awaitMail(smtp, german.get(2), "Erinnerung: Wie lebt " + served.name() + " unsere Werte?");
            for (String email : answering) { // a reminder's link is stored before its mail leaves: none was made
                assertThat(count("select count(*) from survey_link l join survey_invitation i on i.id = l.invitation_id"
                        + " join customer_contact c on c.id = i.customer_id where l.reminder = true and i.cycle_id = " + cycleId
                        + " and c.email = '" + email + "'")).as("no reminder to %s, who answered", email).isZero();
                assertThat(mailsTo(smtp, email)).hasSize(1);
            }
            Message reminder = mailsTo(smtp, german.get(2)).stream().filter(m -> subject(m).startsWith("Erinnerung")).findFirst().orElseThrow();
            assertThat(token(reminder)).as("a reminder carries a link of its own").isNotEqualTo(links.get(german.get(2)));

            String followUp = followUpTask(english.get(0));
            assertThat(followUp).as("a rating of 2 or lower opens a follow-up for the salesperson's leader (lena)").isNotNull();
            assertThat(followUpTask(german.get(1))).as("the salesperson's second low rating joins it: one task").isEqualTo(followUp);
            long invitationId = invitationOf(english.get(0));
            assertThat(Api.get("leo", "/api/survey-cycles/responses/" + invitationId).status())
                    .as("one response, with the customer's name and comment, only to whom follows it up").isEqualTo(403);
            assertThat(Api.get("eric", "/api/survey-cycles/responses/" + invitationId).status()).isEqualTo(403);
            JsonObject response = Api.get("lena", "/api/survey-cycles/responses/" + invitationId).json();
            assertThat(response.getString("comment")).as("stored as typed").isEqualTo(markup);
            assertThat(WebSession.signIn("lena", "en").get("/task.xhtml?id=" + followUp)).as("the task page shows both responses")
                    .contains("2 customers\u2019 responses</h3>").contains("Contact 0").contains("low-rating\">Spirited teamwork: 1 / 5")
                    .contains("low-rating\">Deep relationships: 2 / 5")
                    .contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
            assertThat(Api.postJson("lena", "/api/tasks/" + followUp + "/complete", "{\"outcome\": \"RESOLVED\"}").status())
                    .as("the summary is required").isEqualTo(400);
            assertThat(Api.postJson("lena", "/api/tasks/" + followUp + "/complete",
                    "{\"outcome\": \"RESOLVED\", \"summary\": \"Called Ann; agreed a quarterly review\"}").status()).isEqualTo(204);
            for (String customer : List.of(english.get(0), german.get(1))) {
                assertThat(count("select count(*) from decision_log where decision = 'FOLLOW_UP_RECORDED' and outcome = 'resolved'"
                        + " and subject_id = '" + invitationOf(customer) + "'")).as("recorded for each response").isEqualTo(1);
            }

            String processId = Api.get("lena", "/api/survey-cycles/" + cycleId).json().getString("processInstanceId");
            runTimer(processId, "DeadlineReached");
            String review = awaitTask(processId, "ReviewScores");
            assertThat(Api.get(null, "/api/surveys/" + links.get(german.get(2))).status()).as("closed: expired").isEqualTo(410);
            assertThat(Api.postJson(null, "/api/surveys/" + links.get(german.get(2)), answer(values, new int[]{5, 5, 5}, null))
                    .status()).isEqualTo(410);

            JsonObject scores = Api.get("lena", "/api/survey-cycles/" + cycleId + "/scores").json();
            JsonObject row = scores.getJsonArray("salespeople").getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getJsonNumber("salespersonId").longValue() == served.id()).findFirst().orElseThrow();
            List<JsonObject> cells = row.getJsonArray("scores").getValuesAs(JsonObject.class);
            assertThat(cells).extracting(c -> c.getInt("responses"), c -> c.getJsonNumber("mean").toString(),
                            c -> c.getJsonNumber("consistency").toString(), c -> c.getBoolean("insufficientSample"))
                    .containsExactly(org.assertj.core.api.Assertions.tuple(5, "3.60", "0.60", false),
                            org.assertj.core.api.Assertions.tuple(5, "4.00", "1.00", false),
                            org.assertj.core.api.Assertions.tuple(5, "4.20", "0.80", false));
            assertThat(scores.getJsonObject("cycle").getJsonNumber("responseRate")).isNotNull();
            JsonObject comments = Api.get("lena", "/api/survey-cycles/" + cycleId + "/comments?salesperson=" + served.id()).json();
            assertThat(comments.getBoolean("withheld")).isFalse();
            assertThat(comments.getJsonArray("comments").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).contains(markup);
            assertThat(WebSession.signIn("lena", "en").get("/scores.xhtml?cycle=" + cycleId + "&salesperson=" + served.id()))
                    .as("rendered escaped").contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");

            assertThat(Api.get("sara", "/api/survey-cycles/" + cycleId + "/scores").status())
                    .as("not published yet: nothing for a salesperson").isEqualTo(403);
            assertThat(Api.complete("lena", review).status()).isEqualTo(204);
            assertThat(Api.get("aude", "/api/survey-cycles/" + cycleId).json().getString("status")).isEqualTo("PUBLISHED");
            assertThat(count("select count(*) from decision_log where decision = 'SCORES_PUBLISHED' and subject_id = '"
                    + cycleId + "' and actor = 'lena'")).isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("A mail server that drops the connection midway: every link it took answers, only the mail it may not have delivered is sent again, and each invitation answers once")
    void invitationBatchFailingMidway() throws Exception {
        Person served = salesperson();
        List<String> ours = Api.contactsOf(served.email(), "en", 12);
        long programId = Api.programmeWithApprovedValues("lena");
        try (SmtpSink smtp = new SmtpSink(InServer.smtpPort(), 6, ours::contains)) {
            long cycleId = Api.post("lena", "/api/programs/" + programId + "/survey-cycles").json()
                    .getJsonNumber("id").longValue();
            await(() -> {
                try {
                    return count("select case when count(*) = 0 then -1 else sum(case when mailed_at is null then 1 else 0 end) end"
                            + " from survey_invitation where cycle_id = " + cycleId); // -1: not invited yet
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, unmailed -> unmailed == 0L);
            // this cycle's customers only: other tests' open cycles may send reminders meanwhile
            Map<String, List<String>> links = new java.util.HashMap<>(smtp.links());
            links.keySet().retainAll(ours);
            assertThat(ours).isNotEmpty().allSatisfy(email -> assertThat(links).containsKey(email));
            List<List<String>> resent = links.values().stream().filter(tokens -> tokens.size() > 1).toList();
            assertThat(resent).as("only the mail the server read without answering was sent again").hasSize(1);
            List<String> twice = resent.get(0);
            assertThat(twice).hasSize(2);
            assertThat(count("select count(distinct invitation_id) from survey_link where token_hash in ('"
                    + sha256(twice.get(0)) + "', '" + sha256(twice.get(1)) + "')")).as("two links, one invitation").isEqualTo(1);
            for (List<String> tokens : links.values()) {
                for (String token : tokens) {
                    assertThat(Api.get(null, "/api/surveys/" + token).status()).as("every link mailed answers").isEqualTo(200);
                }
            }
            JsonObject survey = Api.get(null, "/api/surveys/" + twice.get(1)).json();
            List<Long> values = survey.getJsonArray("values").getValuesAs(JsonObject.class).stream()
                    .map(v -> v.getJsonNumber("id").longValue()).toList();
            assertThat(Api.postJson(null, "/api/surveys/" + twice.get(0), answer(values, new int[]{4, 4, 4}, null)).status())
                    .isEqualTo(204);
            assertThat(Api.postJson(null, "/api/surveys/" + twice.get(1), answer(values, new int[]{5, 5, 5}, null)).status())
                    .as("one answer per invitation, whichever link").isEqualTo(409);
        }
    }

    @Test
    @DisplayName("Privacy: sara reads only her own published scores; never sven's, never comments or responses (API 403, page redirect)")
    void salespeopleSeeOnlyTheirOwnScores() throws Exception {
        // two salespeople of this test's own, each with a customer who answers: the demo's customers move between tests
        Person reader = salespersonWithAccount();
        Api.contactsOf(reader.email(), "en", 1);
        Person other = salesperson();
        Api.contactsOf(other.email(), "en", 1);
        long programId = Api.programmeWithApprovedValues("lena");
        // no rest for customers asked by other tests' cycles: both are invited, so each has a row
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 3, \"openDays\": 14, \"reminderDays\": 3, \"fatigueDays\": 0}").status()).isEqualTo(200);
        long cycleId = Api.post("lena", "/api/programs/" + programId + "/survey-cycles").json().getJsonNumber("id").longValue();
        String processId = Api.get("lena", "/api/survey-cycles/" + cycleId).json().getString("processInstanceId");
        awaitActivity(processId, "ReminderDue");
        for (long salesperson : List.of(reader.id(), other.id())) { // figures of each, to hide from the other
            long invitation = count("select min(id) from survey_invitation where cycle_id = " + cycleId + " and salesperson_id = "
                    + salesperson);
            assertThat(invitation).as("salesperson %d invited", salesperson).isPositive();
            String token = "P" + UUID.randomUUID().toString().replace("-", "") + "0123456789";
            issueLink(invitation, token);
            List<Long> values = Api.get(null, "/api/surveys/" + token).json().getJsonArray("values")
                    .getValuesAs(JsonObject.class).stream().map(v -> v.getJsonNumber("id").longValue()).toList();
            assertThat(Api.postJson(null, "/api/surveys/" + token, answer(values, new int[]{4, 5, 3}, null)).status()).isEqualTo(204);
        }
        runTimer(processId, "ReminderDue");
        runTimer(processId, "DeadlineReached");
        Api.complete("lena", awaitTask(processId, "ReviewScores"));

        assertThat(Api.get("sara", "/api/programs/" + programId + "/scores/2").status()).as("sven's trend").isEqualTo(403);
        assertThat(Api.get("sara", "/api/programs/" + programId + "/scores/1").status()).as("her own").isEqualTo(200);
        // a leader reads the heatmap a page at a time, every team on every page
        String scoresPath = "/api/survey-cycles/" + cycleId + "/scores";
        Api.Reply firstRow = Api.get("lena", scoresPath + "?size=1");
        long scored = firstRow.totalCount();
        assertThat(scored).as("this test's two salespeople at least").isGreaterThanOrEqualTo(2)
                .isEqualTo(firstRow.json().getInt("salespeopleTotal"));
        assertThat(firstRow.json().getJsonArray("salespeople")).as("one page of one row").hasSize(1);
        JsonObject secondRow = Api.get("lena", scoresPath + "?size=1&page=1").json().getJsonArray("salespeople").getJsonObject(0);
        assertThat(secondRow.getJsonNumber("salespersonId")).as("the next page, the next salesperson")
                .isNotEqualTo(firstRow.json().getJsonArray("salespeople").getJsonObject(0).getJsonNumber("salespersonId"));
        assertThat(Api.get("lena", scoresPath + "?size=1").json().getJsonArray("teams")).as("every team on every page")
                .isEqualTo(Api.get("lena", scoresPath + "?size=1&page=1").json().getJsonArray("teams"));
        assertThat(Api.get("lena", scoresPath + "?page=" + scored).json().getJsonArray("salespeople")).as("past the end").isEmpty();
        assertThat(Api.get("lena", scoresPath + "?size=201").body()).as("at most 200 a page").contains("\"size\"");
        assertThat(Api.get("lena", scoresPath + "?size=201").status()).isEqualTo(400);
        assertThat(Api.get("lena", scoresPath + "?page=first").status()).isEqualTo(400);
        assertThat(Api.get("lena", scoresPath + "?page=20000000&size=200").body()).as("a first row beyond int, not wrapped")
                .contains("\"page\"");
        assertThat(Api.get("lena", scoresPath + "?page=99999999999").status()).isEqualTo(400);
        JsonObject scores = Api.get("lena", scoresPath + "?size=200").json();
        assertThat(scores.getJsonArray("salespeople")).hasSize((int) scored);
        List<JsonObject> everyone = scores.getJsonArray("salespeople").getValuesAs(JsonObject.class);
        assertThat(scores.getJsonArray("teams")).isNotEmpty();
        for (JsonObject team : scores.getJsonArray("teams").getValuesAs(JsonObject.class)) {
            List<JsonObject> members = everyone.stream()
                    .filter(r -> r.getJsonNumber("teamId").equals(team.getJsonNumber("teamId"))).toList();
            assertThat(team.getInt("salespeople")).as("team " + team.getString("team")).isEqualTo(members.size());
            List<JsonObject> teamCells = team.getJsonArray("scores").getValuesAs(JsonObject.class);
            for (int value = 0; value < teamCells.size(); value++) {
                int at = value;
                assertThat(teamCells.get(value).getInt("responses")).as("every rating of the team counted once")
                        .isEqualTo(members.stream().mapToInt(r -> r.getJsonArray("scores").getJsonObject(at).getInt("responses")).sum());
            }
        }
        JsonObject own = Api.get(reader.username(), "/api/survey-cycles/" + cycleId + "/scores?size=1&page=1").json();
        assertThat(own.getJsonArray("salespeople").getValuesAs(JsonObject.class)).as("their row only, not the other's")
                .singleElement().satisfies(r -> assertThat(r.getJsonNumber("salespersonId").longValue()).isEqualTo(reader.id()));
        assertThat(own.getJsonArray("teams")).as("no other salesperson's figures").isEmpty();
        assertThat(Api.get("sara", "/api/survey-cycles/" + cycleId + "/comments?salesperson=1").status()).isEqualTo(403);
        assertThat(Api.get("sara", "/api/survey-cycles/responses/1").status()).isEqualTo(403);
        assertThat(Api.get("sven", "/api/programs/" + programId + "/scores/1").status()).isEqualTo(403);
        String page = WebSession.signIn("sara", "en").get("/trend.xhtml?program=" + programId + "&salesperson=2");
        assertThat(page).as("redirected to her own trend").contains("Sara Svensson").doesNotContain("Sven Olsen");
        leaveSalesForce(reader.id()); // later programmes ask nothing of the account
    }

    @Test
    @DisplayName("Fatigue: contacts asked within the window are skipped by the next cycle; with no window they are asked again")
    void fatigueWindow() throws Exception {
        Person served = salesperson();
        List<String> asked = Api.contactsOf(served.email(), "en", 2);
        long programId = Api.programmeWithApprovedValues("leo");
        long first = openAndClose(programId);
        assertThat(invitedIn(first, asked)).containsExactlyInAnyOrderElementsOf(asked);

        List<String> added = Api.contactsOf(served.email(), "en", 1);
        long second = openAndClose(programId);
        assertThat(invitedIn(second, asked)).as("asked days ago: resting").isEmpty();
        assertThat(invitedIn(second, added)).as("never asked").containsExactlyElementsOf(added);

        assertThat(Api.putJson("leo", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 3, \"openDays\": 21, \"reminderDays\": 7, \"fatigueDays\": 0}").status()).isEqualTo(200);
        long third = openAndClose(programId);
        assertThat(invitedIn(third, asked)).as("no window: asked again").containsExactlyInAnyOrderElementsOf(asked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "rating 0|{\"ratings\": {\"A\": 0, \"B\": 4, \"C\": 4}}|ratings.A",
            "rating 6|{\"ratings\": {\"A\": 6, \"B\": 4, \"C\": 4}}|ratings.A",
            "missing value|{\"ratings\": {\"A\": 5, \"B\": 4}}|ratings.C",
            "extra value|{\"ratings\": {\"A\": 5, \"B\": 4, \"C\": 4, \"999999\": 3}}|ratings.999999",
            "not a number|{\"ratings\": {\"A\": \"five\", \"B\": 4, \"C\": 4}}|ratings.A",
            "a fraction|{\"ratings\": {\"A\": 4.5, \"B\": 4, \"C\": 4}}|ratings.A",
            "ratings not an object|{\"ratings\": [5, 4, 4]}|ratings",
            "comment too long|{\"ratings\": {\"A\": 5, \"B\": 4, \"C\": 4}, \"comment\": \"LONG\"}|comment"
    })
    @DisplayName("Bad answers are refused naming the field, and nothing is stored")
    void badAnswersAreRefused(String problem, String body, String field) throws Exception {
        if (refusedAnswers == null) {
            refusedAnswers = oneLink(); // a refused answer stores nothing: every row may use the same link
        }
        Link link = refusedAnswers;
        String json = body.replace("\"A\"", "\"" + link.values.get(0) + "\"").replace("\"B\"", "\"" + link.values.get(1) + "\"")
                .replace("\"C\"", "\"" + link.values.get(2) + "\"").replace("LONG", "x".repeat(2001));
        String expected = field.replace("A", link.values.get(0).toString()).replace("C", link.values.get(2).toString());
        Api.Reply reply = Api.postJson(null, "/api/surveys/" + link.token, json);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains(expected);
        assertThat(count("select count(*) from survey_response where invitation_id = " + link.invitationId)).isZero();
        assertThat(count("select count(*) from survey_invitation where responded_at is not null and id = " + link.invitationId)).isZero();
    }

    @Test
    @DisplayName("Unknown and malformed links: 404 in the API, a clear page")
    void unknownLinks() {
        String unknown = "A".repeat(43);
        assertThat(Api.get(null, "/api/surveys/" + unknown).status()).isEqualTo(404);
        assertThat(Api.get(null, "/api/surveys/not-a-token").status()).isEqualTo(404);
        assertThat(Api.postJson(null, "/api/surveys/" + unknown, "{\"ratings\": {}}").status()).isEqualTo(404);
        java.net.http.HttpResponse<String> page = WebSession.anonymous("de").open("/survey/" + unknown);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Link unbekannt");
    }

    @Test
    @DisplayName("One answer per link, four submissions at once, twenty links: one 204, three 409, one response, never 500")
    void oneAnswerPerLinkUnderRaces() throws Exception {
        List<Link> links = links(20);
        for (Link link : links) {
            String body = answer(link.values(), new int[]{4, 5, 3}, "At once");
            Map<Integer, Integer> statuses = race(4, i -> () -> Api.postJson(null, "/api/surveys/" + link.token(), body));
            assertThat(statuses).isEqualTo(Map.of(204, 1, 409, 3));
            assertThat(count("select count(*) from survey_response where invitation_id = " + link.invitationId())).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Follow-ups grouped: four low ratings of one salesperson's customers at once open one follow-up holding all four, mailed once; once it is recorded, the next low rating opens a new one")
    void lowRatingsAtOnceOpenOneFollowUp() throws Exception {
        List<Link> links = links(5);
        Map<Integer, Integer> statuses = race(4, i -> () -> Api.postJson(null, "/api/surveys/" + links.get(i).token(),
                answer(links.get(i).values(), new int[]{1, 4, 4}, "Unhappy " + i)));
        assertThat(statuses).isEqualTo(Map.of(204, 4));
        String filed = "select count(distinct follow_up_id) from follow_up_response where invitation_id in ("
                + links.get(0).invitationId() + ", " + links.get(1).invitationId() + ", " + links.get(2).invitationId() + ", "
                + links.get(3).invitationId() + ")";
        assertThat(count(filed)).as("one follow-up").isEqualTo(1);
        long followUpId = count("select follow_up_id from follow_up_response where invitation_id = " + links.get(0).invitationId());
        assertThat(count("select count(*) from follow_up_response where follow_up_id = " + followUpId)).isEqualTo(4);
        var task = await(() -> engine().getTaskService().createTaskQuery().processDefinitionKey("survey-follow-up")
                .processVariableValueEquals("followUpId", followUpId).list(), found -> !found.isEmpty());
        assertThat(task).as("one task").hasSize(1);
        assertThat(task.get(0).getAssignee()).isEqualTo("lena");
        assertThat(await(() -> {
            try {
                return count("select count(*) from mail_outbox where dedupe_key like 'task-created:%' and body like '%task.xhtml?id="
                        + task.get(0).getId() + "%'");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, mails -> mails > 0)).as("one mail, to lena, not one per response").isEqualTo(1);
        assertThat(Api.postJson("lena", "/api/tasks/" + task.get(0).getId() + "/complete",
                "{\"outcome\": \"RESOLVED\", \"summary\": \"Called all four\"}").status()).isEqualTo(204);
        assertThat(count("select count(*) from decision_log where decision = 'FOLLOW_UP_RECORDED' and process_instance_id = '"
                + task.get(0).getProcessInstanceId() + "'")).isEqualTo(4);

        assertThat(Api.postJson(null, "/api/surveys/" + links.get(4).token(), answer(links.get(4).values(), new int[]{2, 5, 5},
                null)).status()).isEqualTo(204);
        long next = count("select follow_up_id from follow_up_response where invitation_id = " + links.get(4).invitationId());
        assertThat(next).as("a new follow-up after the recorded one").isNotEqualTo(followUpId);
        await(() -> engine().getTaskService().createTaskQuery().processDefinitionKey("survey-follow-up")
                .processVariableValueEquals("followUpId", next).count(), found -> found == 1);
    }

    @Test
    @DisplayName("Cadence: when the engine clock reaches the programme's next cycle, the programme opens it and schedules the one after, as its page shows")
    void cadenceTimerOpensCycles() throws Exception {
        long programId = Api.programmeWithApprovedValues("lena");
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 1, \"openDays\": 14, \"reminderDays\": 3, \"fatigueDays\": 60}").status()).isEqualTo(200);
        Api.approvePlan("lena", programId);
        String programme = engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("culture-program").singleResult().getId();
        Job timer = await(() -> engine().getManagementService().createJobQuery().processInstanceId(programme).timers()
                .singleResult(), java.util.Objects::nonNull); // scheduled in the step after the plan's savepoint
        assertThat(timer.getDuedate().toInstant()).isBetween(Instant.now().plus(27, ChronoUnit.DAYS),
                Instant.now().plus(32, ChronoUnit.DAYS));
        assertThat(Api.get("lena", "/api/programs/" + programId + "/survey-cycles").jsonArray()).isEmpty();
        List<Instant> scheduled = Api.get("lena", "/api/programs/" + programId).json().getJsonArray("surveysDue")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(due -> Instant.parse(due.getString())).toList();
        assertThat(scheduled).as("the schedule the programme shows").hasSizeGreaterThan(2).first()
                .isEqualTo(timer.getDuedate().toInstant());
        try {
            moveClockTo(timer.getDuedate().toInstant().plusSeconds(60));
            List<JsonObject> cycles = await(() -> Api.get("lena", "/api/programs/" + programId + "/survey-cycles")
                    .jsonArray().getValuesAs(JsonObject.class), list -> !list.isEmpty());
            assertThat(cycles).extracting(c -> c.getInt("number"), c -> c.getString("openedBy"))
                    .containsExactly(org.assertj.core.api.Assertions.tuple(1, "cadence"));
            Job next = await(() -> engine().getManagementService().createJobQuery().processInstanceId(programme).timers()
                    .singleResult(), job -> job != null && !job.getId().equals(timer.getId()));
            assertThat(next.getDuedate().toInstant()).as("the schedule's second turn: two cadences after the anchor, not after now")
                    .isEqualTo(scheduled.get(1));
        } finally {
            resetClock();
        }
    }

    @Test
    @DisplayName("A programme ends: an executive closes it with a reason (once, however many race), its open cycle stops taking answers and every process it runs ends, each logged; nothing new starts in it")
    void executiveClosesProgramme() throws Exception {
        Person served = salesperson();
        Api.contactsOf(served.email(), "en", 2);
        long programId = Api.programmeWithApprovedValues("lena");
        Api.approvePlan("lena", programId);
        Api.Reply opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long cycleId = opened.json().getJsonNumber("id").longValue();
        String key = Long.toString(programId);
        // the first pay period opens in the step after the plan's savepoint
        await(() -> engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("pay-period").count(), n -> n == 1);
        List<String> running = engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .rootProcessInstances().list().stream().map(p -> p.getProcessDefinitionId().split(":")[0]).toList();
        assertThat(running).contains("culture-program", "survey-cycle", "values-acknowledgement", "pay-period");

        String close = "/api/programs/" + programId + "/close";
        assertThat(Api.postJson("lena", close, "{\"reason\": \"Done\"}").status()).as("a sales leader").isEqualTo(403);
        Api.Reply noReason = Api.postJson("eric", close, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");
        assertThat(race(3, i -> () -> Api.postJson("eric", close, "{\"reason\": \"Merged into the group programme\"}")))
                .as("closed once").containsExactly(Map.entry(200, 1), Map.entry(409, 2));

        JsonObject closed = Api.get("eric", "/api/programs").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == programId).findFirst().orElseThrow();
        assertThat(closed.getString("phase")).isEqualTo("CLOSED");
        assertThat(Api.get("lena", "/api/programs/" + programId).json().getJsonArray("surveysDue")).as("no cycle is due any more")
                .isEmpty();
        assertThat(closed.getString("closedBy")).isEqualTo("eric");
        assertThat(closed.getString("closeReason")).isEqualTo("Merged into the group programme");
        assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .as("nothing of the programme runs on").isZero();
        assertThat(engine().getManagementService().createJobQuery().processInstanceId(closed.getString("processInstanceId"))
                .count()).as("its timer is gone").isZero();
        assertThat(Api.get("lena", "/api/survey-cycles/" + cycleId).json().getString("status")).isEqualTo("CLOSED");
        assertThat(count("select count(*) from decision_log where decision = 'PROGRAM_CLOSED' and subject_id = '" + key
                + "' and actor = 'eric' and reason = 'Merged into the group programme'")).isEqualTo(1);
        assertThat(count("select count(*) from decision_log where decision = 'PROCESS_ENDED' and subject_type = 'program'"
                + " and subject_id = '" + key + "'")).as("one entry per ended process").isEqualTo(running.size());
        assertThat(Api.post("lena", "/api/programs/" + programId + "/survey-cycles").status()).isEqualTo(409);
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 1, \"openDays\": 14, \"reminderDays\": 3, \"fatigueDays\": 0}").status()).isEqualTo(409);
    }

    @Test
    @DisplayName("A programme ends at its horizon (whose end comes before its first survey cycle here): when the engine clock passes it, the programme's process closes it (logged as the system's) and ends what still runs")
    void horizonClosesProgramme() throws Exception {
        long programId = Api.programmeWithApprovedValues("lena", 7); // the intent's deliverables are due in 6 months
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 12, \"openDays\": 14, \"reminderDays\": 3, \"fatigueDays\": 0}").status()).isEqualTo(200);
        Api.approvePlan("lena", programId);
        String key = Long.toString(programId);
        String programme = engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("culture-program").singleResult().getId();
        Job horizon = await(() -> engine().getManagementService().createJobQuery().processInstanceId(programme).timers()
                .activityId("HorizonEnds").singleResult(), java.util.Objects::nonNull);
        assertThat(horizon).as("the first cycle would come after the seven-month horizon").isNotNull();
        assertThat(horizon.getDuedate().toInstant()).isBetween(Instant.now().plus(7 * 28, ChronoUnit.DAYS),
                Instant.now().plus(7 * 31 + 1, ChronoUnit.DAYS));
        try {
            // the pay periods and cycles due before the horizon first, so the close meets no job of its own programme running
            settleAt(horizon.getDuedate().toInstant().minusSeconds(60));
            moveClockTo(horizon.getDuedate().toInstant().plusSeconds(60));
            await(() -> Api.get("lena", "/api/programs/" + programId).json().getString("phase"), "CLOSED"::equals);
        } finally {
            resetClock();
        }
        await(() -> engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count(),
                n -> n == 0);
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(programme)
                .singleResult().getEndActivityId()).isEqualTo("ProgrammeClosed");
        assertThat(count("select count(*) from decision_log where decision = 'PROGRAM_CLOSED' and subject_id = '" + key
                + "' and actor = 'system'")).isEqualTo(1);
    }

    @Test
    @DisplayName("Two years in one run, driven by the engine clock: a six-monthly cadence from the anchor opens the cycles; a joiner is asked, a release migrates the running programme, a leaver's work ends with their exit, and an executive closes the programme before its horizon, leaving nothing running")
    void twoYearProgramme() throws Exception {
        Person leaver = salespersonWithAccount();
        long programId = Api.programmeWithApprovedValues("lena", 24);
        String key = Long.toString(programId);
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 6, \"openDays\": 14, \"reminderDays\": 3, \"fatigueDays\": 0}").status()).isEqualTo(200);
        Api.approvePlan("lena", programId);
        var runtime = engine().getRuntimeService();
        var repository = engine().getRepositoryService();
        String programme = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("culture-program").singleResult().getId();
        await(() -> engine().getManagementService().createJobQuery().processInstanceId(programme).timers().singleResult(),
                java.util.Objects::nonNull);
        List<Instant> due = Api.get("lena", "/api/programs/" + programId).json().getJsonArray("surveysDue")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(d -> Instant.parse(d.getString())).toList();
        assertThat(due).as("every six months up to the horizon").hasSizeGreaterThanOrEqualTo(3);
        String release = null;
        Long joiner = null;
        try {
            // half a year on: the first cycle, then its close fourteen days later
            moveClockTo(due.get(0).plusSeconds(60));
            long first = awaitCycles(programId, 1).get(0).getJsonNumber("id").longValue();
            moveClockTo(due.get(0).plus(15, ChronoUnit.DAYS));
            await(() -> Api.get("lena", "/api/survey-cycles/" + first).json().getString("status"), s -> !s.equals("OPEN"));

            // a joiner is asked to acknowledge the charter in force
            String tag = UUID.randomUUID().toString().substring(0, 8);
            Api.Reply joined = Api.postJson("lena", "/api/salespeople", "{\"name\": \"Jo Joiner " + tag + "\", \"email\": \"jo-"
                    + tag + "@culture.example\", \"team\": \"North\", \"account\": \"yes\"}");
            assertThat(joined.status()).as(joined.body()).isEqualTo(201);
            joiner = joined.json().getJsonNumber("id").longValue();
            assertThat(awaitTaskOf("jo-" + tag, key)).isNotNull();

            // a release: the next version of the programme's model; the running programme is migrated to it
            var v1 = repository.createProcessDefinitionQuery().processDefinitionKey("culture-program").latestVersion().singleResult();
            var model = Bpmn.readModelFromStream(repository.getProcessModel(v1.getId()));
            ((org.camunda.bpm.model.bpmn.instance.Process) model.getModelElementById("culture-program")).setCamundaVersionTag("2-it");
            model.<org.camunda.bpm.model.bpmn.instance.ServiceTask>getModelElementById("OpenSurveyCycle").setName("Open the next survey cycle");
            release = repository.createDeployment().name("two-years-it").addModelInstance("culture-program.bpmn", model)
                    .deploy().getId();
            var v2 = repository.createProcessDefinitionQuery().processDefinitionKey("culture-program").latestVersion().singleResult();
            JsonObject migration = Api.postJson("adam", "/api/admin/processes/culture-program/migrations", "{\"fromVersion\": "
                    + v1.getVersion() + ", \"toVersion\": " + v2.getVersion() + ", \"processInstanceIds\": [\"" + programme
                    + "\"], \"reason\": \"Release 2\"}").json();
            assertThat(migration.getInt("migratedInstances")).isEqualTo(1);
            Job waiting = engine().getManagementService().createJobQuery().processInstanceId(programme).timers().singleResult();
            assertThat(waiting.getProcessDefinitionId()).isEqualTo(v2.getId());
            assertThat(waiting.getDuedate().toInstant()).as("the timer keeps the anchor's schedule").isEqualTo(due.get(1));

            // a year on: the migrated programme opens the second cycle on the date the schedule gave
            settleAt(due.get(1).plusSeconds(60));
            assertThat(awaitCycles(programId, 2)).extracting(c -> c.getString("openedBy")).containsOnly("cadence");

            // a leaver: their charter acknowledgement ends when their exit closes
            var aboutLeaver = runtime.createProcessInstanceQuery().variableValueEquals("salespersonId", leaver.id());
            assertThat(aboutLeaver.list()).extracting(p -> p.getProcessDefinitionId().split(":")[0])
                    .containsExactly("values-acknowledgement");
            Api.Reply proposed = Api.postJson("lena", "/api/exit-cases", "{\"salespersonId\": " + leaver.id()
                    + ", \"reason\": \"UNWILLING\", \"statement\": \"Refused the values in writing\", \"documents\": [{\"name\":"
                    + " \"letter.txt\", \"contentType\": \"text/plain\", \"content\": \"UmVmdXNlZA==\"}]}");
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            String exitCase = "/api/exit-cases/" + proposed.json().getJsonObject("summary").getJsonNumber("id");
            assertThat(Api.postJson("hana", exitCase + "/hr-review", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
            assertThat(Api.postJson("eric", exitCase + "/approval", "{\"decision\": \"APPROVE\"}").status()).isEqualTo(200);
            for (JsonObject item : Api.get("hana", exitCase).json().getJsonArray("checklist").getValuesAs(JsonObject.class)) {
                assertThat(Api.postJson("hana", exitCase + "/checklist/" + item.getJsonNumber("id"), "{}").status()).isEqualTo(200);
            }
            assertThat(Api.post("hana", exitCase + "/close").status()).isEqualTo(200);
            assertThat(runtime.createProcessInstanceQuery().variableValueEquals("salespersonId", leaver.id()).count()).isZero();

            // eighteen months before the horizon's end, an executive closes the programme
            assertThat(Api.postJson("eric", "/api/programs/" + programId + "/close", "{\"reason\": \"Merged\"}").status())
                    .isEqualTo(200);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).as("nothing runs on").isZero();
            assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(programme).singleResult()
                    .getProcessDefinitionId()).as("ended on the version it was migrated to").isEqualTo(v2.getId());
            String ofProgramme = "select count(*) from decision_log where subject_type = 'program' and subject_id = '" + key + "'";
            assertThat(count("select count(*) from decision_log where decision = 'SURVEY_CYCLE_OPENED' and actor = 'cadence'"
                    + " and reason like '% of programme " + key + ",%'")).isEqualTo(2);
            assertThat(count(ofProgramme + " and decision = 'PROGRAM_CLOSED' and actor = 'eric'")).isEqualTo(1);
            assertThat(count("select count(*) from decision_log where decision = 'PROCESS_ENDED' and subject_type = 'salesperson'"
                    + " and subject_id = '" + leaver.id() + "'")).isEqualTo(1);
            assertThat(count("select count(*) from decision_log where decision = 'PROCESS_MIGRATED' and actor = 'adam'"
                    + " and reason = 'Release 2'")).isEqualTo(1);
        } finally {
            resetClock();
            if (release != null) {
                repository.deleteDeployment(release, true);
            }
            if (joiner != null) {
                leaveSalesForce(joiner);
            }
            if (Api.get("lena", "/api/salespeople/" + leaver.id()).json().getString("status").equals("ACTIVE")) {
                leaveSalesForce(leaver.id());
            }
        }
    }

    private static List<JsonObject> awaitCycles(long programId, int count) {
        return await(() -> Api.get("lena", "/api/programs/" + programId + "/survey-cycles").jsonArray()
                .getValuesAs(JsonObject.class), list -> list.size() == count);
    }

    private static String awaitTaskOf(String user, String businessKey) {
        return await(() -> engine().getTaskService().createTaskQuery().taskAssignee(user).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("AcknowledgeValues").singleResult(), java.util.Objects::nonNull).getId();
    }

    @Test
    @DisplayName("Submissions from one address are rate-limited: 429 once the minute's limit is used up")
    void submissionsAreRateLimited() throws Exception {
        // from an address of its own (loopback has them all), so the other tests' submissions do not count
        int limit = Integer.getInteger("culture.survey.rate-limit", 60); // the test server allows 300 a minute
        int status = 0;
        String body = "";
        for (int i = 0; i <= limit && status != 429; i++) {
            String[] reply = Api.from("127.0.0.2", "POST", "/api/surveys/" + "B".repeat(43), null, null,
                    "application/json", "{\"ratings\": {}}");
            status = Integer.parseInt(reply[0]);
            body = reply[1];
            if (status != 429) {
                assertThat(status).as("submission %d", i + 1).isEqualTo(404);
            }
        }
        assertThat(status).isEqualTo(429);
        assertThat(body).contains("Too many submissions");
        assertThat(Api.postJson(null, "/api/surveys/" + "B".repeat(43), "{\"ratings\": {}}").status())
                .as("another address is not limited").isEqualTo(404);
    }

    /** A POST over a socket bound to a local address: the server sees that address as the client's. */
    // --- helpers

    private record Link(String token, long invitationId, List<Long> values) {
    }

    /** A fresh invitation whose token the test knows (made directly, as the mailer would). */
    private static Link refusedAnswers;

    private static Link oneLink() throws Exception {
        return links(1).get(0);
    }

    /** Fresh invitations of one new cycle whose tokens the test knows (made directly, as the mailer would). */
    private static List<Link> links(int count) throws Exception {
        Person served = salesperson();
        List<String> emails = Api.contactsOf(served.email(), "en", count);
        long programId = Api.programmeWithApprovedValues("lena");
        long cycleId = Api.post("lena", "/api/programs/" + programId + "/survey-cycles").json().getJsonNumber("id").longValue();
        List<Link> links = new java.util.ArrayList<>();
        for (String email : emails) {
            String token = "T" + UUID.randomUUID().toString().replace("-", "") + "0123456789";
            long invitationId = await(() -> {
                try {
                    return count("select max(i.id) from survey_invitation i join customer_contact c on c.id = i.customer_id"
                            + " where i.cycle_id = " + cycleId + " and c.email = '" + email + "'");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, id -> id > 0);
            issueLink(invitationId, token);
            List<Long> values = Api.get(null, "/api/surveys/" + token).json().getJsonArray("values")
                    .getValuesAs(JsonObject.class).stream().map(v -> v.getJsonNumber("id").longValue()).toList();
            links.add(new Link(token, invitationId, values));
        }
        return links;
    }

    private static long openAndClose(long programId) throws Exception {
        Api.Reply opened = Api.post("leo", "/api/programs/" + programId + "/survey-cycles");
        assertThat(opened.status()).isEqualTo(201);
        long cycleId = opened.json().getJsonNumber("id").longValue();
        String processId = opened.json().getString("processInstanceId");
        awaitActivity(processId, "ReminderDue");
        runTimer(processId, "ReminderDue");
        runTimer(processId, "DeadlineReached");
        awaitTask(processId, "ReviewScores");
        return cycleId;
    }

    private static List<String> invitedIn(long cycleId, List<String> emails) throws Exception {
        List<String> invited = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select c.email from survey_invitation i"
                     + " join customer_contact c on c.id = i.customer_id where i.cycle_id = ?")) {
            statement.setLong(1, cycleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (emails.contains(rows.getString(1))) {
                        invited.add(rows.getString(1));
                    }
                }
            }
        }
        return invited;
    }

    private static String answer(List<Long> values, int[] ratings, String comment) {
        var json = jakarta.json.Json.createObjectBuilder();
        var object = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < values.size(); i++) {
            object.add(values.get(i).toString(), ratings[i]);
        }
        json.add("ratings", object);
        if (comment != null) {
            json.add("comment", comment);
        }
        return json.build().toString();
    }

    /** Moves the cycle to its reminder, as the timer would. */
    private static void requestReminders(long cycleId) {
        String processId = Api.get("lena", "/api/survey-cycles/" + cycleId).json().getString("processInstanceId");
        awaitActivity(processId, "ReminderDue");
        runTimer(processId, "ReminderDue");
    }

    private static long invitationOf(String customerEmail) throws Exception {
        return count("select max(i.id) from survey_invitation i join customer_contact c on c.id = i.customer_id"
                + " where c.email = '" + customerEmail + "'");
    }

    /** The open follow-up task a customer's low-rated response was filed with. */
    private static String followUpTask(String customerEmail) throws Exception {
        long followUpId = count("select follow_up_id from follow_up_response where invitation_id = " + invitationOf(customerEmail));
        var task = await(() -> engine().getTaskService().createTaskQuery().processDefinitionKey("survey-follow-up")
                .processVariableValueEquals("followUpId", followUpId).singleResult(), java.util.Objects::nonNull);
        assertThat(task.getAssignee()).isEqualTo("lena");
        return task.getId();
    }

}
