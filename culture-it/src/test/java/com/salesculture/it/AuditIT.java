package com.salesculture.it;

import static com.salesculture.it.InServer.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import com.salesculture.domain.model.decision.DecisionLogEntry;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The auditor's workspace and operations, inside the server: the hash chain recomputed (and a
 * tampered entry found on H2; on PostgreSQL the application's role cannot alter an entry at all),
 * searches and exports, a case's timeline merged from the decision log and the engine's history, a
 * process diagram, legal hold against the history clean-up, failed jobs retried with a reason,
 * health and metrics.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    @DisplayName("The chain verifies intact; the application's role cannot alter it on PostgreSQL; an entry altered, removed, rewritten with every hash recomputed (as the database's owner could), reordered, or the last one removed is found, on H2 and PostgreSQL")
    void decisionLogIsTamperEvident() throws Exception {
        Person person = salesperson();
        long caseId = exitCase(person);
        JsonObject intact = Api.get("aude", "/api/audit/verify").json();
        assertThat(intact.getBoolean("intact")).isTrue();
        assertThat(intact.getJsonNumber("entries").longValue()).isGreaterThan(5);
        assertThat(Api.get("lena", "/api/audit/verify").status()).as("auditors and admins only").isEqualTo(403);
        long seq = count("select min(seq) from decision_log where subject_type = 'exit-case' and subject_id = '" + caseId + "'");
        String tamper = "update decision_log set reason = 'nothing happened' where seq = " + seq;
        if (postgres()) {
            assertThatThrownBy(() -> update(tamper)).as("the migration revoked UPDATE from the application's role")
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> update("delete from decision_log where seq = " + seq)).isInstanceOf(SQLException.class);
            // the database's owner may take the rights back: what follows is what it could then do, and is found
            update("grant update, delete on decision_log to current_user");
        }
        try {
            String original = text("select reason from decision_log where seq = " + seq);
            update(tamper);
            try {
                assertBroken(seq, "ALTERED");
                assertThat(WebSession.signIn("aude", "en").press("/audit.xhtml", "verifyForm", "verify"))
                        .contains("The chain is broken").contains("altered");
            } finally {
                update("update decision_log set reason = " + (original == null ? "null" : "'" + original.replace("'", "''") + "'")
                        + " where seq = " + seq);
            }
            // removed: copied aside, deleted, put back
            update("create table removed_entry as select * from decision_log where seq = " + seq);
            update("delete from decision_log where seq = " + seq);
            try {
                assertBroken(seq, "MISSING");
            } finally {
                update("insert into decision_log select * from removed_entry");
                update("drop table removed_entry");
            }
            // rewritten from here on with every hash recomputed, as the database's owner could: the seals find it
            String kept = Api.post("aude", "/api/audit/checkpoints").json().getString("text");
            List<String[]> originals = rewriteFrom(seq);
            try {
                assertBroken(seq, "FORGED");
                JsonObject held = Api.get("aude", "/api/audit/verify?checkpoint=" + encode(kept)).json();
                assertThat(held.getBoolean("intact")).isFalse();
            } finally {
                restore(originals);
            }
            // reordered: two neighbours swap places
            update("update decision_log set seq = -1 where seq = " + seq);
            update("update decision_log set seq = " + seq + " where seq = " + (seq + 1));
            update("update decision_log set seq = " + (seq + 1) + " where seq = -1");
            try {
                assertBroken(seq, "LINK");
            } finally {
                update("update decision_log set seq = -1 where seq = " + (seq + 1));
                update("update decision_log set seq = " + (seq + 1) + " where seq = " + seq);
                update("update decision_log set seq = " + seq + " where seq = -1");
            }
            // truncated: the last entry removed (copied aside and put back)
            long last = count("select max(seq) from decision_log");
            update("create table removed_entry as select * from decision_log where seq = " + last);
            update("delete from decision_log where seq = " + last);
            try {
                assertBroken(last, "TRUNCATED");
            } finally {
                update("insert into decision_log select * from removed_entry");
                update("drop table removed_entry");
            }
        } finally {
            if (postgres()) {
                update("revoke update, delete, truncate on decision_log from current_user");
            }
        }
        JsonObject sealed = Api.get("adam", "/api/audit/verify").json();
        assertThat(sealed.getBoolean("intact")).isTrue();
        assertThat(sealed.getJsonNumber("sealedFrom").longValue()).as("sealed from the first entry written after the upgrade")
                .isBetween(1L, sealed.getJsonNumber("entries").longValue());
        assertThat(count("select count(*) from decision_log where seq >= " + sealed.getJsonNumber("sealedFrom") + " and seal is null"))
                .as("every entry since carries its seal").isZero();

        // a checkpoint kept by an auditor verifies; one with a digit changed, or not a checkpoint at all, does not
        Api.Reply published = Api.post("aude", "/api/audit/checkpoints");
        assertThat(published.status()).isEqualTo(201);
        String text = published.json().getString("text");
        assertThat(text).startsWith("culture-checkpoint:v1:");
        assertThat(Api.get("aude", "/api/audit/checkpoints").jsonArray().getJsonObject(0).getString("text")).isEqualTo(text);
        assertThat(Api.get("aude", "/api/audit/verify?checkpoint=" + encode(text)).json().getBoolean("intact")).isTrue();
        String altered = text.replaceFirst(":(\\d+):", ":" + (published.json().getJsonNumber("seq").longValue() - 1) + ":");
        JsonObject refused = Api.get("aude", "/api/audit/verify?checkpoint=" + encode(altered)).json();
        assertThat(refused.getBoolean("intact")).isFalse();
        assertThat(refused.getString("problem")).isEqualTo("CHECKPOINT");
        Api.Reply notOne = Api.get("aude", "/api/audit/verify?checkpoint=hello");
        assertThat(notOne.status()).isEqualTo(400);
        assertThat(notOne.body()).contains("\"checkpoint\"");
        assertThat(Api.post("lena", "/api/audit/checkpoints").status()).isEqualTo(403);
        assertThat(WebSession.signIn("aude", "en").press("/audit.xhtml", "verifyForm", "verify")).contains("The chain is intact");
    }

    @Test
    @DisplayName("Requests that log at once make one intact chain: each request's entries next to each other, in the order it recorded them, none lost")
    void decisionsLoggedAtOnceMakeOneChain() throws Exception {
        int parallel = 8;
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        List<String> drafts = new ArrayList<>(); // draft tasks whose completion logs two decisions in one transaction
        for (int i = 0; i < parallel / 2; i++) {
            long programId = Api.startProgram("lena", "Chain " + tag + " " + i);
            String intent = "/api/programs/" + programId + "/intent";
            assertThat(Api.putJson("lena", intent, Api.validIntent(), Api.get("lena", intent).etag()).status()).isEqualTo(200);
            drafts.add(Api.taskOfProgram("lena", programId));
        }
        long before = count("select count(*) from decision_log");
        Map<Integer, Integer> statuses = race(parallel, i -> i % 2 == 0
                ? () -> Api.postJson("lena", "/api/programs", "{\"name\": \"Chain " + tag + " started " + i + "\", \"horizonMonths\": 36}")
                : () -> Api.complete("lena", drafts.get(i / 2)));
        assertThat(statuses).isEqualTo(Map.of(201, parallel / 2, 204, parallel / 2));
        assertThat(count("select count(*) from decision_log") - before).as("a start logs one, a submission two")
                .isEqualTo(parallel / 2 * 3);
        for (String task : drafts) {
            String itsTransaction = "from decision_log where process_instance_id = (select process_instance_id"
                    + " from decision_log where task_id = '" + task + "' and decision = 'TASK_COMPLETED')";
            List<Long> entries = ids("select seq " + itsTransaction + " order by seq");
            assertThat(entries).as("task %s's transaction", task).hasSize(2);
            assertThat(entries.get(1)).as("its entries adjacent").isEqualTo(entries.get(0) + 1);
            assertThat(ids("select seq " + itsTransaction + " and decision = 'TASK_COMPLETED'"))
                    .as("the completion first, then the submission").containsExactly(entries.get(0));
        }
        assertThat(Api.get("aude", "/api/audit/verify").json().getBoolean("intact")).isTrue();
    }

    @Test
    @DisplayName("Search by case, user, type and date range; CSV and PDF exports; bad criteria name the field; only auditors and admins")
    void searchAndExport() throws Exception {
        Person person = salesperson();
        long caseId = exitCase(person);
        JsonObject byCase = Api.get("aude", "/api/audit/decisions?case=" + caseId).json();
        assertThat(byCase.getJsonArray("entries").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("decision")).contains("EXIT_PROPOSED", "EXIT_DOCUMENT_ADDED", "EXIT_HR_REVIEWED");
        assertThat(byCase.getJsonArray("entries").getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getString("subjectId")).isEqualTo(Long.toString(caseId)));
        // the days the entries carry, so the range holds when the test runs across midnight
        List<String> days = byCase.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("recordedAt").substring(0, 10)).sorted().toList();
        JsonObject narrowed = Api.get("aude", "/api/audit/decisions?case=" + caseId + "&user=hana&type=EXIT_HR_REVIEWED&from="
                + days.get(0) + "&to=" + days.get(days.size() - 1)).json();
        assertThat(narrowed.getJsonNumber("total").longValue()).as("hana's return and acceptance").isEqualTo(2);
        assertThat(Api.get("aude", "/api/audit/decisions?case=" + caseId + "&to=2001-01-01").json()
                .getJsonNumber("total").longValue()).isZero();
        Api.Reply bad = Api.get("aude", "/api/audit/decisions?type=GUESSED&from=yesterday&case=x");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"type\"").contains("\"from\"").contains("\"case\"");
        assertThat(Api.get("hana", "/api/audit/decisions").status()).isEqualTo(403);

        // the exports hold what the page shows (the page lists the same search)
        List<JsonObject> shown = byCase.getJsonArray("entries").getValuesAs(JsonObject.class);
        String csv = new String(Api.download("aude", "/api/audit/decisions?case=" + caseId + "&format=csv"), StandardCharsets.UTF_8);
        List<List<String>> rows = csvRows(csv);
        assertThat(rows.get(0)).startsWith("seq", "recorded_at", "actor", "roles", "decision");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0), r -> r.get(2), r -> r.get(4), r -> r.get(6), r -> r.get(7))
                .containsExactlyElementsOf(shown.stream().map(e -> org.assertj.core.api.Assertions.tuple(
                        e.getJsonNumber("seq").toString(), e.getString("actor"), e.getString("decision"), e.getString("outcome"),
                        e.getString("reason", ""))).toList());
        String text = pdfText(Api.download("aude", "/api/audit/decisions?case=" + caseId + "&format=pdf"));
        assertThat(text).contains("exit-case " + caseId);
        for (JsonObject entry : shown) {
            assertThat(text).as("a PDF is read by people: words, not codes").doesNotContain(entry.getString("decision"))
                    .contains(entry.getString("entryHash").substring(0, 16));
        }
        assertThat(text.replace("\n", " ")).contains("Exit proposed");
        assertThat(pdfText(Api.download("aude", "/api/audit/decisions?case=" + caseId + "&format=pdf", "de")).replace("\n", " "))
                .as("in the reader's language").contains("Trennung vorgeschlagen");
        // the page names people: who acted and whose case it is
        assertThat(shown).allSatisfy(e -> assertThat(e.getString("subjectName")).isEqualTo(person.name()));
        assertThat(shown).extracting(e -> e.getString("actorName")).contains("Lena Lindqvist");
    }

    @Test
    @DisplayName("A case's timeline merges its decisions with the engine's history; a review's shows the DMN inputs and rule; the diagram marks where it stands")
    void timelineAndDiagram() throws Exception {
        Person person = salesperson();
        long caseId = exitCase(person);
        JsonObject timeline = Api.get("aude", "/api/audit/timeline?subject=exit-case&id=" + caseId).json();
        List<JsonObject> events = timeline.getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(events).extracting(e -> e.getString("source")).contains("decision", "task", "variable", "assignment");
        assertThat(events).anySatisfy(e -> assertThat(e.getString("what")).isEqualTo("completed: Review the exit case"));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getString("what")).isEqualTo("decision");
            assertThat(e.getString("detail")).isEqualTo("— → RETURN");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.getString("detail", "")).isEqualTo("RETURN → ACCEPT"));
        String processId = timeline.getJsonArray("processes").getJsonObject(0).getString("processInstanceId");

        // the timeline's exports hold the events the page shows, in its order
        String timelineAddress = "/api/audit/timeline?subject=exit-case&id=" + caseId;
        List<List<String>> rows = csvRows(new String(Api.download("aude", timelineAddress + "&format=csv"), StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("at", "source", "actor", "what", "detail", "process_instance");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0), r -> r.get(1), r -> r.get(2), r -> r.get(3), r -> r.get(4))
                .containsExactlyElementsOf(events.stream().map(e -> org.assertj.core.api.Assertions.tuple(e.getString("at"),
                        e.getString("source"), e.getString("actor", ""), e.getString("what"), e.getString("detail", ""))).toList());
        String text = pdfText(Api.download("aude", timelineAddress + "&format=pdf"));
        assertThat(text).contains("Timeline: exit-case " + caseId).contains(events.size() + " of " + events.size() + " rows");
        assertThat(text.replace("\n", " ")).contains("completed: Review the exit case").contains("RETURN → ACCEPT");
        assertThat(Api.get("aude", timelineAddress + "&format=xml").status()).isEqualTo(400);
        assertThat(Api.get("hana", timelineAddress + "&format=csv").status()).isEqualTo(403);

        JsonObject diagram = Api.get("aude", "/api/audit/processes/" + processId + "/diagram").json();
        assertThat(diagram.getString("bpmnXml")).contains("id=\"exit-approval\"");
        assertThat(diagram.getJsonArray("activeActivities").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("ApproveExit");
        assertThat(diagram.getJsonArray("completedActivities").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("ExitProposed", "HrReview", "AddEvidence");
        assertThat(Api.get("lena", "/api/audit/timeline?subject=exit-case&id=" + caseId).status()).isEqualTo(403);
        assertThat(Api.get("aude", "/api/audit/timeline?subject=nonsense&id=1").status()).isEqualTo(400);

        // a review: open a cycle for the salesperson's one contact, close it at once, publish
        Api.contactsOf(person.email(), "en", 1);
        long programId = Api.programmeWithApprovedValues("lena");
        JsonObject opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles").json();
        String cycleProcess = opened.getString("processInstanceId");
        awaitActivity(cycleProcess, "ReminderDue");
        assertThat(Api.post("lena", "/api/survey-cycles/" + opened.getJsonNumber("id") + "/close").status()).isEqualTo(200);
        assertThat(Api.complete("lena", awaitTask(cycleProcess, "ReviewScores")).status()).isEqualTo(204);
        await(() -> Api.get("lena", "/api/reviews?salesperson=" + person.id()).jsonArray().size(), size -> size > 0);
        List<JsonObject> review = await(() -> Api.get("aude", "/api/audit/timeline?subject=salesperson&id=" + person.id())
                .json().getJsonArray("events").getValuesAs(JsonObject.class), list -> list.stream()
                .anyMatch(e -> e.getString("source").equals("dmn")));
        assertThat(review).filteredOn(e -> e.getString("source").equals("dmn")).singleElement().satisfies(e -> {
            assertThat(e.getString("what")).isEqualTo("performance-recommendation, rule InsufficientSample");
            assertThat(e.getString("detail")).contains("Sample sufficient (5+ ratings per value) = false")
                    .contains("recommendation = meets");
        });
        assertThat(WebSession.signIn("aude", "en").get("/audit.xhtml?subject=exit-case&id=" + caseId))
                .contains("Review the exit case").contains("diagram-link").contains("bpmn-navigated-viewer");
    }

    @Test
    @DisplayName("Legal hold: the history clean-up purges an ended case whose time has come, but not one on hold; both are logged")
    void legalHoldSurvivesCleanUp() throws Exception {
        Person held = salesperson();
        Person free = salesperson();
        long heldCase = cancelled(held);
        long freeCase = cancelled(free);
        String freeCaseDecisions = "select count(*) from decision_log where subject_type = 'exit-case' and subject_id = '"
                + freeCase + "'";
        awaitCount(freeCaseDecisions, 3); // document added, proposed, cancelled
        String heldProcess = processOf(heldCase);
        String freeProcess = processOf(freeCase);
        assertThat(removalTime(heldProcess)).as("history has a time to live").isNotNull();

        assertThat(Api.postJson("hana", "/api/exit-cases/" + heldCase + "/legal-hold", "{}").status()).as("a reason").isEqualTo(400);
        assertThat(Api.postJson("aude", "/api/exit-cases/" + heldCase + "/legal-hold", "{\"reason\": \"x\"}").status())
                .as("auditors read only").isEqualTo(403);
        JsonObject onHold = Api.postJson("hana", "/api/exit-cases/" + heldCase + "/legal-hold",
                "{\"reason\": \"Claim filed at the labour court\"}").json();
        assertThat(onHold.getJsonObject("legalHold").getString("reason")).isEqualTo("Claim filed at the labour court");
        await(() -> removalTime(heldProcess) == null, done -> done);
        // the free case as if its history's time to live had passed; the nightly window may remove it at once
        // (the suite runs at any hour), so the hold came first
        Date past = Date.from(Instant.now().minusSeconds(3600));
        engine().getHistoryService().setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(past)
                .byIds(freeProcess).executeAsync();
        await(() -> removableOrGone(freeProcess), done -> done);

        assertThat(Api.postJson("adam", "/api/admin/history-cleanup", "{}").status()).as("a reason").isEqualTo(400);
        Api.Reply started = Api.postJson("adam", "/api/admin/history-cleanup", "{\"reason\": \"Quarterly retention run\"}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().getString("jobId")).isNotBlank();
        await(() -> engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(freeProcess).count(),
                left -> left == 0); // the job executor runs the clean-up at once
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(heldProcess).count())
                .as("on legal hold").isEqualTo(1);
        // the nightly window, the next run and the engine's count of what it removed
        JsonObject cleanup = await(() -> Api.get("adam", "/api/admin/history-cleanup").json(),
                report -> report.getJsonNumber("removedProcessInstances").longValue() >= 1);
        assertThat(cleanup.getString("window")).isEqualTo("01:00-05:00");
        assertThat(Instant.parse(cleanup.getString("nextRunAt"))).isBefore(Instant.now().plus(java.time.Duration.ofHours(25)));
        assertThat(Api.get("aude", "/api/admin/history-cleanup").status()).as("admins only").isEqualTo(403);
        assertThat(count(freeCaseDecisions)).as("the decision log keeps the purged case's decisions").isEqualTo(3);
        assertThat(count("select count(*) from decision_log where decision = 'HISTORY_CLEANUP_STARTED' and actor = 'adam'"
                + " and reason = 'Quarterly retention run'")).isEqualTo(1);
        assertThat(count("select count(*) from decision_log where decision = 'EXIT_LEGAL_HOLD_PLACED' and subject_id = '"
                + heldCase + "'")).isEqualTo(1);
        JsonObject released = Api.postJson("hana", "/api/exit-cases/" + heldCase + "/legal-hold/release",
                "{\"reason\": \"Claim withdrawn\"}").json();
        assertThat(released.containsKey("legalHold") && !released.isNull("legalHold")).isFalse();
        await(() -> removalTime(heldProcess) != null, done -> done);
    }

    @Test
    @DisplayName("A deadline sweep that keeps failing raises one incident, not one every 15 minutes; an admin's retry ends it")
    void failingSweepRaisesOneIncident() throws Exception {
        var management = engine().getManagementService();
        String definition = engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("task-deadlines")
                .latestVersion().singleResult().getId();
        Job turn = management.createJobQuery().processDefinitionId(definition).timers().singleResult();
        String setting = System.getProperty("culture.reminder-before");
        System.setProperty("culture.reminder-before", "not a period"); // the sweep fails on it
        try {
            // its last attempt (the first failure sets the retries from the engine's cycle)
            for (int attempt = 0; attempt < 3 && incidents(definition) == 0; attempt++) {
                management.setJobRetries(turn.getId(), 1);
                assertThatThrownBy(() -> management.executeJob(turn.getId())).hasMessageContaining("cannot be parsed");
            }
            assertThat(incidents(definition)).isEqualTo(1);
            // the cycle goes on: its next turn passes while the first one's incident is open
            Job next = await(() -> management.createJobQuery().processDefinitionId(definition).timers().list().stream()
                    .filter(job -> !job.getId().equals(turn.getId())).findFirst().orElse(null), java.util.Objects::nonNull);
            management.executeJob(next.getId());
            assertThat(incidents(definition)).as("still the one").isEqualTo(1);
        } finally {
            if (setting == null) {
                System.clearProperty("culture.reminder-before");
            } else {
                System.setProperty("culture.reminder-before", setting);
            }
        }
        management.setJobRetries(turn.getId(), 1); // what an admin's retry does
        assertThat(incidents(definition)).isZero();
        management.executeJob(turn.getId());
        assertThat(management.createJobQuery().jobId(turn.getId()).count()).as("it ran").isZero();
        assertThat(management.createJobQuery().processDefinitionId(definition).timers().count())
                .as("one cycle goes on").isEqualTo(1);
    }

    private static long incidents(String definition) {
        return engine().getRuntimeService().createIncidentQuery().processDefinitionId(definition).count();
    }

    @Test
    @DisplayName("A failed job becomes an incident; an admin retries it with a reason (logged); auditors cannot; health and metrics answer without an account")
    void operations() throws Exception {
        engine().getRepositoryService().createDeployment().name("audit-it-failing")
                .addModelInstance("failing-job.bpmn", Bpmn.createExecutableProcess("failing-job").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("Fail").camundaAsyncBefore().camundaExpression("${nothingHere.call()}")
                        .camundaFailedJobRetryTimeCycle("R3/PT0S") // its own cycle, not the engine's minutes-long default
                        .endEvent().done())
                .deploy();
        String processId = engine().getRuntimeService().startProcessInstanceByKey("failing-job").getId();
        Job job = engine().getManagementService().createJobQuery().processInstanceId(processId).singleResult();
        // the job executor tries it three times; the expression names no bean
        JsonObject failed = await(() -> Api.get("adam", "/api/admin/jobs").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("jobId").equals(job.getId())).findFirst().orElse(null),
                j -> j != null && j.getInt("retriesLeft") == 0);
        assertThat(failed.getInt("retriesLeft")).isZero();
        assertThat(failed.getString("incidentId")).isNotBlank();
        assertThat(failed.getString("message")).contains("nothingHere");
        assertThat(Api.get("adam", "/api/admin/jobs/" + job.getId() + "/stacktrace").body()).contains("nothingHere");
        assertThat(Api.get("aude", "/api/admin/jobs").status()).isEqualTo(403);
        assertThat(Api.postJson("aude", "/api/admin/jobs/" + job.getId() + "/retry", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(Api.postJson("adam", "/api/admin/jobs/" + job.getId() + "/retry", "{}").status()).isEqualTo(400);
        assertThat(WebSession.signIn("adam", "en").get("/admin.xhtml")).contains(job.getProcessInstanceId());
        long failures = failures(job.getId());
        assertThat(Api.postJson("adam", "/api/admin/jobs/" + job.getId() + "/retry", "{\"reason\": \"Bean deployed now\"}")
                .status()).isEqualTo(204);
        assertThat(count("select count(*) from decision_log where decision = 'JOB_RETRIED' and subject_id = '" + job.getId()
                + "' and reason = 'Bean deployed now' and actor = 'adam'")).isEqualTo(1);
        await(() -> failures(job.getId()), now -> now > failures); // it ran again (and failed again)
        engine().getRepositoryService().deleteDeployment(engine().getRepositoryService().createDeploymentQuery()
                .deploymentName("audit-it-failing").singleResult().getId(), true);

        assertThat(Api.get(null, "/api/health/live").json().getString("status")).isEqualTo("UP");
        JsonObject ready = Api.get(null, "/api/health/ready").json();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getJsonObject("checks").getString("database")).isEqualTo("UP");
        var metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.BASE_URL + "/api/metrics")).header("Accept", "text/plain").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as("as a Prometheus scraper asks").isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE culture_incidents gauge").contains("culture_open_tasks ")
                .contains("culture_decision_log_entries ");
    }

    @Test
    @DisplayName("Auditors change nothing: every state-changing endpoint of the OpenAPI description answers them 403, and the log stays as it was")
    void auditorsChangeNothing() throws Exception {
        Person person = salesperson();
        long caseId = exitCase(person);
        long programId = Api.startProgram("lena", "Audit " + java.util.UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);
        long cycleId = count("select max(id) from survey_cycle");
        JsonObject openApi = jakarta.json.Json.createReader(new java.io.StringReader(Api.get(null, "/openapi?format=JSON").body()))
                .readObject();
        long logBefore = count("select last_seq from decision_log_head");
        int tried = 0;
        for (var path : openApi.getJsonObject("paths").entrySet()) {
            String template = path.getKey();
            // a customer's survey link and the liveness probe (public), and an auditor's own saved inbox
            // filters, are not the programme's state
            // publishing a checkpoint of the log is the auditors' own act: it records no decision
            // a password is set with a link's token or changed by its owner: everyone's own, refused here for its input
            if (template.startsWith("/api/surveys/") || template.startsWith("/api/filters") || template.equals("/api/ping")
                    || template.equals("/api/audit/checkpoints") || template.equals("/api/password")) {
                continue;
            }
            String concrete = template.replace("{key}", "exit-approval").replace("{username}", "sara").replace("{itemId}", "1")
                    .replace("{number}", "1")
                    .replace("{version}", "1").replace("{salespersonId}", Long.toString(person.id()))
                    .replace("{id}", template.startsWith("/api/tasks/") ? taskId
                            : template.startsWith("/api/exit-cases/") ? Long.toString(caseId)
                            : template.startsWith("/api/survey-cycles/") ? Long.toString(cycleId)
                            : template.startsWith("/api/salespeople/") ? Long.toString(person.id())
                            : template.startsWith("/api/admin/jobs/") ? "no-such-job"
                            : Long.toString(programId));
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (!List.of("post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                Api.Reply reply = Api.call("aude", method.toUpperCase(java.util.Locale.ROOT), concrete, "{}");
                assertThat(reply.status()).as("%s %s", method, concrete).isEqualTo(403);
                tried++;
            }
        }
        assertThat(tried).as("state-changing endpoints tried (38 when written)").isGreaterThanOrEqualTo(38);
        assertThat(count("select last_seq from decision_log_head")).as("nothing recorded").isEqualTo(logBefore);
        assertThat(Api.get("hana", "/api/exit-cases/" + caseId).json().getJsonObject("summary").getString("stage"))
                .isEqualTo("EXECUTIVE_APPROVAL");
        JsonObject task = Api.get("lena", "/api/tasks/" + taskId).json();
        assertThat(!task.containsKey("assignee") || task.isNull("assignee")).as("still unclaimed").isTrue();
    }

    @Test
    @DisplayName("Versions: cases parked at each wait state of the running model finish on it after a new version is deployed; a migrated one finishes on the new")
    void programmesOutliveReleases() throws Exception {
        var repository = engine().getRepositoryService();
        var v1 = repository.createProcessDefinitionQuery().processDefinitionKey("exit-approval").latestVersion().singleResult();
        long atHrReview = proposed(salesperson());
        long atEvidence = proposed(salesperson());
        Api.postJson("hana", "/api/exit-cases/" + atEvidence + "/hr-review", "{\"decision\": \"RETURN\", \"comment\": \"More\"}");
        long atApproval = proposed(salesperson());
        Api.postJson("hana", "/api/exit-cases/" + atApproval + "/hr-review", "{\"decision\": \"ACCEPT\"}");
        long atOffboarding = proposed(salesperson());
        Api.postJson("hana", "/api/exit-cases/" + atOffboarding + "/hr-review", "{\"decision\": \"ACCEPT\"}");
        Api.postJson("eric", "/api/exit-cases/" + atOffboarding + "/approval", "{\"decision\": \"APPROVE\"}");
        long migrated = proposed(salesperson());

        // the next release: HR reviews within three days instead of five
        var model = Bpmn.readModelFromStream(repository.getProcessModel(v1.getId()));
        ((org.camunda.bpm.model.bpmn.instance.Process) model.getModelElementById("exit-approval")).setCamundaVersionTag("2-it");
        ((org.camunda.bpm.model.bpmn.instance.UserTask) model.getModelElementById("HrReview")).setCamundaDueDate("P3D");
        String deployment = repository.createDeployment().name("versioning-it").addModelInstance("exit-approval.bpmn", model)
                .deploy().getId();
        try {
            var v2 = repository.createProcessDefinitionQuery().processDefinitionKey("exit-approval").latestVersion().singleResult();
            assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);

            Api.postJson("hana", "/api/exit-cases/" + atHrReview + "/hr-review", "{\"decision\": \"ACCEPT\"}");
            Api.postJson("eric", "/api/exit-cases/" + atHrReview + "/approval", "{\"decision\": \"APPROVE\"}");
            assertThat(closed(atHrReview)).isEqualTo("CLOSED");
            Api.postJson("lena", "/api/exit-cases/" + atEvidence + "/evidence", "{\"note\": \"Added\"}");
            assertThat(stageAfter(Api.postJson("hana", "/api/exit-cases/" + atEvidence + "/hr-review",
                    "{\"decision\": \"REJECT\", \"comment\": \"Not enough\"}"))).isEqualTo("REJECTED");
            assertThat(stageAfter(Api.postJson("ella", "/api/exit-cases/" + atApproval + "/approval",
                    "{\"decision\": \"REJECT\", \"reason\": \"Coach first\"}"))).isEqualTo("REJECTED");
            assertThat(closed(atOffboarding)).isEqualTo("CLOSED");
            for (long parked : List.of(atHrReview, atEvidence, atApproval, atOffboarding)) {
                var history = engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processOf(parked))
                        .singleResult();
                assertThat(history.getProcessDefinitionId()).as("case %d stayed on its version", parked).isEqualTo(v1.getId());
                assertThat(history.getEndTime()).as("case %d ran to its end", parked).isNotNull();
            }

            String body = "{\"fromVersion\": " + v1.getVersion() + ", \"toVersion\": " + v2.getVersion()
                    + ", \"processInstanceIds\": [\"" + processOf(migrated) + "\"], \"reason\": \"HR reviews within three days\"}";
            assertThat(Api.postJson("aude", "/api/admin/processes/exit-approval/migrations", body).status()).isEqualTo(403);
            assertThat(Api.postJson("adam", "/api/admin/processes/exit-approval/migrations", "{\"toVersion\": 99}").status())
                    .isEqualTo(400);
            JsonObject migration = Api.postJson("adam", "/api/admin/processes/exit-approval/migrations", body).json();
            assertThat(migration.getInt("migratedInstances")).isEqualTo(1);
            assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(processOf(migrated))
                    .singleResult().getProcessDefinitionId()).isEqualTo(v2.getId());
            assertThat(count("select count(*) from decision_log where decision = 'PROCESS_MIGRATED' and actor = 'adam'"
                    + " and reason = 'HR reviews within three days'")).isEqualTo(1);
            Api.postJson("hana", "/api/exit-cases/" + migrated + "/hr-review", "{\"decision\": \"ACCEPT\"}");
            Api.postJson("eric", "/api/exit-cases/" + migrated + "/approval", "{\"decision\": \"APPROVE\"}");
            assertThat(closed(migrated)).isEqualTo("CLOSED");
            assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processOf(migrated))
                    .singleResult().getProcessDefinitionId()).as("finished on the new version").isEqualTo(v2.getId());
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    @DisplayName("A new version renames a wait state: migrating by id alone is refused naming the step; with the admin's mapping the instance moves and finishes on the new version")
    void migrationMapsRenamedSteps() throws Exception {
        var repository = engine().getRepositoryService();
        var runtime = engine().getRuntimeService();
        String first = repository.createDeployment().name("rename-it").addModelInstance("rename-it.bpmn",
                Bpmn.createExecutableProcess("rename-it").camundaHistoryTimeToLive(1).startEvent().userTask("Wait").endEvent().done())
                .deploy().getId();
        String instance = runtime.startProcessInstanceByKey("rename-it").getId();
        String onPage = runtime.startProcessInstanceByKey("rename-it").getId();
        String second = repository.createDeployment().name("rename-it").addModelInstance("rename-it.bpmn",
                Bpmn.createExecutableProcess("rename-it").camundaHistoryTimeToLive(1).startEvent().userTask("WaitForHr").endEvent().done())
                .deploy().getId();
        try {
            var v2 = repository.createProcessDefinitionQuery().processDefinitionKey("rename-it").latestVersion().singleResult();
            String address = "/api/admin/processes/rename-it/migrations";
            String from = "{\"fromVersion\": " + (v2.getVersion() - 1) + ", \"processInstanceIds\": [\"" + instance
                    + "\"], \"reason\": \"Step renamed\"";
            Api.Reply byId = Api.postJson("adam", address, from + "}");
            assertThat(byId.status()).as(byId.body()).isEqualTo(400);
            assertThat(byId.body()).contains("\"plan\"").contains("Wait");
            assertThat(byId.body()).as("says which step to map").containsOnlyOnce("Instances wait in step Wait, which the plan does not map");
            Api.Reply nowhere = Api.postJson("adam", address, from + ", \"mappings\": {\"Wait\": \"Nowhere\"}}");
            assertThat(nowhere.status()).isEqualTo(400);
            assertThat(nowhere.body()).contains("\"plan\"").contains("Nowhere");
            Api.Reply blank = Api.postJson("adam", address, from + ", \"mappings\": {\"Wait\": \" \"}}");
            assertThat(blank.status()).isEqualTo(400);
            assertThat(blank.body()).contains("\"mappings\"");
            assertThat(Api.postJson("aude", address, from + ", \"mappings\": {\"Wait\": \"WaitForHr\"}}").status()).isEqualTo(403);
            assertThat(runtime.getActiveActivityIds(instance)).as("refusals move nothing").containsExactly("Wait");
            assertThat(runtime.getActiveActivityIds(onPage)).containsExactly("Wait");
            assertThat(count("select count(*) from decision_log where decision = 'PROCESS_MIGRATED' and subject_id = 'rename-it'"))
                    .isZero();

            JsonObject migration = Api.postJson("adam", address, from + ", \"mappings\": {\"Wait\": \"WaitForHr\"}}").json();
            assertThat(migration.getInt("migratedInstances")).isEqualTo(1);
            assertThat(runtime.getActiveActivityIds(instance)).containsExactly("WaitForHr");
            assertThat(runtime.getActiveActivityIds(onPage)).as("only the instance named").containsExactly("Wait");

            // the admin page: the row of the old version takes the mapping as Old=New
            WebSession adam = WebSession.signIn("adam", "en");
            String row = java.util.regex.Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*\\(rename-it\\)(?:(?!</tr>).)*</tr>",
                    java.util.regex.Pattern.DOTALL).matcher(adam.get("/admin.xhtml")).results().map(m -> m.group())
                    .filter(tr -> tr.contains(":mappings")).findFirst().orElseThrow();
            String prefix = row.replaceAll("(?s).*id=\"(versions:versionTable:\\d+:)mappings\".*", "$1");
            assertThat(adam.press("/admin.xhtml", "versions", prefix.substring("versions:".length()) + "migrate",
                    Map.of(prefix + "mappings", "Wait", prefix + "reason", "Step renamed")))
                    .contains("“Wait” is not a mapping: write OldStep=NewStep.");
            assertThat(adam.press("/admin.xhtml", "versions", prefix.substring("versions:".length()) + "migrate",
                    Map.of(prefix + "mappings", "Wait=WaitForHr", prefix + "reason", "Step renamed")))
                    .contains("1 instance of rename-it moved from version " + (v2.getVersion() - 1) + " to " + v2.getVersion());
            assertThat(runtime.getActiveActivityIds(onPage)).containsExactly("WaitForHr");
            assertThat(count("select count(*) from decision_log where decision = 'PROCESS_MIGRATED' and subject_id = 'rename-it'"
                    + " and actor = 'adam' and reason = 'Step renamed; steps mapped: Wait → WaitForHr'")).isEqualTo(2);
            var tasks = engine().getTaskService();
            for (String migrated : List.of(instance, onPage)) {
                tasks.complete(tasks.createTaskQuery().processInstanceId(migrated).singleResult().getId());
                var history = engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(migrated)
                        .singleResult();
                assertThat(history.getEndTime()).as("finished").isNotNull();
                assertThat(history.getProcessDefinitionId()).as("on the new version").isEqualTo(v2.getId());
            }
        } finally {
            repository.deleteDeployment(second, true);
            repository.deleteDeployment(first, true);
        }
    }

    /** What each process records in the decision log, step by step. */
    private static final Map<String, List<String>> DECISIONS_BY_PROCESS = new java.util.LinkedHashMap<>();

    static {
        DECISIONS_BY_PROCESS.put("culture-program", List.of("PROGRAM_STARTED"));
        DECISIONS_BY_PROCESS.put("strategic-intent", List.of("INTENT_SUBMITTED", "INTENT_REJECTED", "INTENT_APPROVED"));
        DECISIONS_BY_PROCESS.put("values-selection", List.of("VALUES_SUBMITTED", "VALUES_REJECTED", "VALUES_APPROVED"));
        DECISIONS_BY_PROCESS.put("values-acknowledgement", List.of("VALUES_ACKNOWLEDGED"));
        DECISIONS_BY_PROCESS.put("comp-plan-approval", List.of("PLAN_SUBMITTED", "PLAN_REVIEWED", "PLAN_REJECTED", "PLAN_APPROVED"));
        DECISIONS_BY_PROCESS.put("survey-cycle", List.of("SURVEY_CYCLE_OPENED", "SURVEY_CYCLE_CLOSED", "SCORES_PUBLISHED"));
        DECISIONS_BY_PROCESS.put("survey-follow-up", List.of("FOLLOW_UP_RECORDED"));
        DECISIONS_BY_PROCESS.put("performance-review", List.of("REVIEW_RECOMMENDED", "REVIEW_CONFIRMED", "REVIEW_OVERRIDDEN",
                "RECOVERY_PLAN_OPENED", "REVIEW_ACKNOWLEDGED", "RECOVERY_PLAN_CLOSED"));
        DECISIONS_BY_PROCESS.put("exit-approval", List.of("EXIT_PROPOSED", "EXIT_HR_REVIEWED", "EXIT_EVIDENCE_ADDED", "EXIT_DOCUMENT_ADDED",
                "EXIT_APPROVED", "EXIT_REJECTED", "EXIT_CHECKLIST_ITEM_DONE", "EXIT_CLOSED", "EXIT_CANCELLED",
                "EXIT_LEGAL_HOLD_PLACED", "EXIT_LEGAL_HOLD_RELEASED"));
    }

    @Test
    @DisplayName("Every decision of every process: one programme driven through each process and each of its outcomes; each process's steps leave their entries, linked to that process's instance")
    void everyProcessRecordsItsDecisions() throws Exception {
        // set-up, each draft rejected once
        long programId = Api.startProgram("lena", "Decisions " + java.util.UUID.randomUUID());
        completeAs("lena", programId, "{}");
        completeAs("eric", programId, "{\"decision\": \"REJECT\", \"reason\": \"A sharper metric\"}");
        completeAs("lena", programId, "{}");
        completeAs("eric", programId, "{\"decision\": \"APPROVE\"}");
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/values", Api.validValues()).status()).isEqualTo(200);
        completeAs("lena", programId, "{}");
        completeAs("ella", programId, "{\"decision\": \"REJECT\", \"reason\": \"Behaviours a customer can see\"}");
        completeAs("lena", programId, "{}");
        completeAs("ella", programId, "{\"decision\": \"APPROVE\"}");
        completeAs("sara", programId, "{\"acknowledged\": true}");
        completeAs("sven", programId, "{\"acknowledged\": true}");
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/plans/1", Api.validPlan()).status()).isEqualTo(200);
        completeAs("lena", programId, "{}");
        completeAs("hana", programId, "{\"decision\": \"APPROVE\"}");
        completeAs("finn", programId, "{\"decision\": \"APPROVE\"}");
        completeAs("eric", programId, "{\"decision\": \"REJECT\", \"reason\": \"Too much variable pay\"}");
        completeAs("lena", programId, "{}");
        completeAs("hana", programId, "{\"decision\": \"APPROVE\"}");
        completeAs("finn", programId, "{\"decision\": \"APPROVE\"}");
        completeAs("eric", programId, "{\"decision\": \"APPROVE\"}");

        // a cycle: a low rating is followed up; a review overridden to recovery, with a plan; sara's confirmed and acknowledged
        Person rated = salesperson();
        Person acknowledging = salespersonWithAccount(); // after the values: no charter to acknowledge
        Api.contactsOf(acknowledging.email(), "en", 1);
        List<String> customers = Api.contactsOf(rated.email(), "en", 5);
        long first = surveyed(programId, customers, new int[]{1, 5, 5, 5, 5});
        String followUp = await(() -> engine().getTaskService().createTaskQuery().processDefinitionKey("survey-follow-up")
                .taskAssignee("lena").list().stream().filter(t -> engine().getRuntimeService().getVariable(
                        t.getProcessInstanceId(), "followUpId") != null).map(org.camunda.bpm.engine.task.Task::getId)
                .filter(id -> followUpOf(id, customers.get(0))).findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(Api.postJson("lena", "/api/tasks/" + followUp + "/complete",
                "{\"outcome\": \"RESOLVED\", \"summary\": \"Called the customer\"}").status()).isEqualTo(204);
        publish(programId, first);
        JsonObject review = reviewOf(first, rated.id());
        long valueId = review.getJsonArray("scores").getJsonObject(0).getJsonNumber("valueId").longValue();
        assertThat(Api.postJson("lena", "/api/reviews/" + id(review) + "/confirmation",
                "{\"decision\": \"OVERRIDE\", \"outcome\": \"RECOVERY\", \"reason\": \"The low rating\"}").status()).isEqualTo(200);
        assertThat(Api.putJson("lena", "/api/reviews/" + id(review) + "/recovery-plan", "{\"actions\": [{\"description\":"
                + " \"Call every client weekly\", \"owner\": \"Lena\", \"due\": \"" + LocalDate.now(ZoneOffset.UTC).plusMonths(2)
                + "\"}], \"criteria\": [{\"valueId\": " + valueId + ", \"minConsistency\": 0.8}]}").status()).isEqualTo(200);
        assertThat(Api.post("lena", "/api/reviews/" + id(review) + "/recovery-plan/submit").status()).isEqualTo(200);
        JsonObject confirmed = reviewOf(first, acknowledging.id());
        assertThat(Api.postJson("lena", "/api/reviews/" + id(confirmed) + "/confirmation", "{\"decision\": \"CONFIRM\"}").status())
                .isEqualTo(200);
        assertThat(Api.postJson(acknowledging.username(), "/api/reviews/" + id(confirmed) + "/acknowledgement", "{}").status())
                .isEqualTo(200);
        // leaves the sales force, so later programmes' charters ask nothing of this account
        leaveSalesForce(acknowledging.id());

        // the next cycle follows the plan up: met (no rest between surveys, so the same customers are asked)
        assertThat(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                "{\"cadenceMonths\": 3, \"openDays\": 21, \"reminderDays\": 7, \"fatigueDays\": 0}").status()).isEqualTo(200);
        long second = surveyed(programId, customers, new int[]{5, 5, 5, 5, 5});
        publish(programId, second);
        assertThat(reviewOf(second, rated.id()).getJsonObject("inputs").getString("recoveryPlan")).isEqualTo("succeeded");

        // exits: closed, rejected, cancelled; a legal hold placed and released
        long closedCase = exitCase(salesperson());
        Api.postJson("eric", "/api/exit-cases/" + closedCase + "/approval", "{\"decision\": \"APPROVE\"}");
        assertThat(closed(closedCase)).isEqualTo("CLOSED");
        long rejectedCase = exitCase(salesperson());
        assertThat(stageAfter(Api.postJson("ella", "/api/exit-cases/" + rejectedCase + "/approval",
                "{\"decision\": \"REJECT\", \"reason\": \"Coach first\"}"))).isEqualTo("REJECTED");
        Api.postJson("hana", "/api/exit-cases/" + rejectedCase + "/legal-hold", "{\"reason\": \"Claim filed\"}");
        Api.postJson("hana", "/api/exit-cases/" + rejectedCase + "/legal-hold/release", "{\"reason\": \"Claim withdrawn\"}");
        cancelled(salesperson());

        for (var row : DECISIONS_BY_PROCESS.entrySet()) {
            for (String decision : row.getValue()) {
                assertThat(count("select count(*) from decision_log d join act_hi_procinst p on p.proc_inst_id_ = d.process_instance_id"
                        + " where p.proc_def_key_ = '" + row.getKey() + "' and d.decision = '" + decision + "'"
                        + " and d.recorded_at >= (select min(recorded_at) from decision_log where subject_type = 'program'"
                        + " and subject_id = '" + programId + "')"))
                        .as("%s records %s", row.getKey(), decision).isPositive();
            }
        }
    }

    private static void completeAs(String user, long programId, String form) {
        String task = await(() -> Api.taskOfProgram(user, programId), java.util.Objects::nonNull);
        assertThat(Api.postJson(user, "/api/tasks/" + task + "/complete", form).status()).as("%s completes %s", user, task)
                .isEqualTo(204);
    }

    /** Opens a cycle, answers for each customer (the first value rated as given, the others 5), and closes it. */
    private static long surveyed(long programId, List<String> customers, int[] firstValue) throws Exception {
        JsonObject opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles").json();
        long cycleId = opened.getJsonNumber("id").longValue();
        awaitActivity(opened.getString("processInstanceId"), "ReminderDue");
        for (int i = 0; i < customers.size(); i++) {
            String email = customers.get(i);
            long invitation = await(() -> {
                try {
                    return count("select max(i.id) from survey_invitation i join customer_contact c on c.id = i.customer_id"
                            + " where i.cycle_id = " + cycleId + " and c.email = '" + email + "'");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, found -> found > 0);
            String token = "D" + java.util.UUID.randomUUID().toString().replace("-", "") + "0123456789";
            issueLink(invitation, token);
            List<Long> values = Api.get(null, "/api/surveys/" + token).json().getJsonArray("values").getValuesAs(JsonObject.class)
                    .stream().map(v -> v.getJsonNumber("id").longValue()).toList();
            var ratings = jakarta.json.Json.createObjectBuilder();
            for (int v = 0; v < values.size(); v++) {
                ratings.add(values.get(v).toString(), v == 0 ? firstValue[i] : 5);
            }
            assertThat(Api.postJson(null, "/api/surveys/" + token, jakarta.json.Json.createObjectBuilder().add("ratings", ratings)
                    .build().toString()).status()).isEqualTo(204);
        }
        assertThat(Api.post("lena", "/api/survey-cycles/" + cycleId + "/close").status()).isEqualTo(200);
        return cycleId;
    }

    private static void publish(long programId, long cycleId) {
        String process = Api.get("lena", "/api/survey-cycles/" + cycleId).json().getString("processInstanceId");
        assertThat(Api.complete("lena", awaitTask(process, "ReviewScores")).status()).isEqualTo(204);
    }

    private static JsonObject reviewOf(long cycleId, long salespersonId) {
        long reviewId = await(() -> Api.get("lena", "/api/reviews?cycle=" + cycleId + "&salesperson=" + salespersonId).jsonArray()
                .getValuesAs(JsonObject.class), list -> !list.isEmpty()).get(0).getJsonNumber("id").longValue();
        return await(() -> Api.get("lena", "/api/reviews/" + reviewId).json(),
                r -> "ConfirmReview".equals(r.getString("openTask", "")) || "COMPLETED".equals(r.getJsonObject("summary").getString("status")));
    }

    private static long id(JsonObject review) {
        return review.getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private static boolean followUpOf(String taskId, String customerEmail) {
        try {
            Object followUp = engine().getTaskService().getVariable(taskId, "followUpId");
            return count("select count(*) from follow_up_response f join survey_invitation i on i.id = f.invitation_id"
                    + " join customer_contact c on c.id = i.customer_id where f.follow_up_id = " + followUp
                    + " and c.email = '" + customerEmail + "'") > 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ticks every offboarding item and closes the case; its stage. */
    private static String closed(long caseId) {
        String base = "/api/exit-cases/" + caseId;
        for (JsonObject item : Api.get("hana", base).json().getJsonArray("checklist").getValuesAs(JsonObject.class)) {
            assertThat(Api.postJson("hana", base + "/checklist/" + item.getJsonNumber("id"),
                    item.getString("kind").equals("CUSTOMER_HANDOVER") ? "{\"newOwnerId\": 1}" : "{}").status()).isEqualTo(200);
        }
        return stageAfter(Api.post("hana", base + "/close"));
    }

    private static String stageAfter(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonObject("summary").getString("stage");
    }

    /** The text of every page of a PDF export. */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Changes the reason of entry {@code seq} and recomputes every hash from there to the head, as whoever
     * can write the tables could; returns the rows' original hashes to put back.
     */
    private static List<String[]> rewriteFrom(long seq) throws Exception {
        List<String[]> originals = new ArrayList<>();
        try (Connection connection = dataSource().getConnection()) {
            String previous = text("select previous_hash from decision_log where seq = " + seq);
            try (PreparedStatement rows = connection.prepareStatement("select seq, recorded_at, actor, actor_roles, decision,"
                    + " subject_type, subject_id, outcome, reason, evidence_hashes, process_instance_id, task_id, previous_hash,"
                    + " entry_hash, seal from decision_log where seq >= ? order by seq")) {
                rows.setLong(1, seq);
                try (var row = rows.executeQuery()) {
                    while (row.next()) {
                        String reason = row.getLong(1) == seq ? "nothing happened" : row.getString(9);
                        DecisionLogEntry rewritten = DecisionLogEntry.stored(row.getLong(1),
                                row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3), row.getString(4),
                                row.getString(5), row.getString(6), row.getString(7), row.getString(8), reason, row.getString(10),
                                row.getString(11), row.getString(12), previous, null, row.getString(15));
                        String hash = rewritten.computeHash();
                        originals.add(new String[]{Long.toString(row.getLong(1)), row.getString(9), row.getString(13), row.getString(14)});
                        try (PreparedStatement update = connection.prepareStatement(
                                "update decision_log set reason = ?, previous_hash = ?, entry_hash = ? where seq = ?")) {
                            update.setString(1, reason);
                            update.setString(2, previous);
                            update.setString(3, hash);
                            update.setLong(4, row.getLong(1));
                            update.executeUpdate();
                        }
                        previous = hash;
                    }
                }
            }
            try (PreparedStatement head = connection.prepareStatement("update decision_log_head set last_hash = ?")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
        }
        return originals;
    }

    private static void restore(List<String[]> originals) throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            for (String[] original : originals) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update decision_log set reason = ?, previous_hash = ?, entry_hash = ? where seq = ?")) {
                    update.setString(1, original[1]);
                    update.setString(2, original[2]);
                    update.setString(3, original[3]);
                    update.setLong(4, Long.parseLong(original[0]));
                    update.executeUpdate();
                }
            }
            try (PreparedStatement head = connection.prepareStatement("update decision_log_head set last_hash = ?")) {
                head.setString(1, originals.get(originals.size() - 1)[3]);
                head.executeUpdate();
            }
        }
    }

    private static void assertBroken(long seq, String problem) {
        JsonObject broken = Api.get("aude", "/api/audit/verify").json();
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq);
        assertThat(broken.getString("problem")).isEqualTo(problem);
    }

    /** An exit case proposed by lena, returned once by hana, then accepted: at executive approval. */
    private static long exitCase(Person person) {
        long caseId = proposed(person);
        String base = "/api/exit-cases/" + caseId;
        assertThat(Api.postJson("hana", base + "/hr-review", "{\"decision\": \"RETURN\", \"comment\": \"More please\"}").status()).isEqualTo(200);
        assertThat(Api.postJson("lena", base + "/evidence", "{\"note\": \"Added the notes\"}").status()).isEqualTo(200);
        assertThat(Api.postJson("hana", base + "/hr-review", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
        return caseId;
    }

    private static long cancelled(Person person) {
        long caseId = proposed(person);
        assertThat(Api.postJson("lena", "/api/exit-cases/" + caseId + "/cancel", "{\"reason\": \"Resigned\"}").status()).isEqualTo(200);
        return caseId;
    }

    private static long proposed(Person person) {
        Api.Reply reply = Api.postJson("lena", "/api/exit-cases", "{\"salespersonId\": " + person.id()
                + ", \"reason\": \"UNWILLING\", \"statement\": \"Refused the values in writing\", \"documents\": [{\"name\":"
                + " \"letter.txt\", \"contentType\": \"text/plain\", \"content\": \"UmVmdXNlZA==\"}]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private static String processOf(long caseId) throws Exception {
        return text("select process_instance_id from exit_case where id = " + caseId);
    }

    /** The process's history is past its removal time, or removed already. */
    private static boolean removableOrGone(String processId) {
        var instance = engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processId)
                .singleResult();
        return instance == null || instance.getRemovalTime() != null && instance.getRemovalTime().before(new Date());
    }

    private static Date removalTime(String processId) {
        return engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processId)
                .singleResult().getRemovalTime();
    }

    private static long failures(String jobId) {
        return engine().getHistoryService().createHistoricJobLogQuery().jobId(jobId).failureLog().count();
    }

    @Test
    @DisplayName("An action that waits longer than the lock timeout for the decision log's head (another transaction "
            + "holds it) is refused with 409 and a message to try again, not a 500, and leaves nothing behind")
    void anActionThatCannotChainItsDecisionIsAConflict() throws Exception {
        String name = "Busy log " + java.util.UUID.randomUUID();
        try (Connection holder = dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (var head = holder.createStatement().executeQuery("select last_seq from decision_log_head for update")) {
                assertThat(head.next()).isTrue();
            }
            try {
                Api.Reply started = Api.postJson("lena", "/api/programs", "{\"name\": \"" + name + "\", \"horizonMonths\": 24}");
                assertThat(started.status()).as("%s", started).isEqualTo(409);
                assertThat(started.body()).contains("try again");
            } finally {
                holder.rollback();
            }
        }
        assertThat(count("select count(*) from program where name = '" + name + "'")).as("nothing kept").isZero();
        assertThat(Api.postJson("lena", "/api/programs", "{\"name\": \"" + name + "\", \"horizonMonths\": 24}").status())
                .as("once the head is free").isEqualTo(201);
    }

    private static String text(String sql) throws Exception {
        try (Connection connection = dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             var row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
