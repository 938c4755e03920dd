package com.salesculture.it;

import static com.salesculture.it.InServer.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.openqa.selenium.By;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Performance reviews and exits, inside the server: the programme's cadence timer opens cycles as
 * the engine clock moves, customers answer through their mailed links, and people act over HTTP.
 * Two extra accounts hold two roles each, to prove four eyes: {@code hale} (sales leader and HR),
 * {@code xavi} (HR and executive).
 */
@ExtendWith(ArquillianExtension.class)
class ReviewExitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    @DisplayName("Long horizon: meets, then recovery with a plan, then a failed follow-up and exit-review, across three cycles the clock opens; then the exit to closure")
    void meetsRecoveryFailedExit() throws Exception {
        Person rita = salespersonWithAccount();
        Person quiet = salesperson(); // no account: nobody to acknowledge; one customer who does not answer
        try {
            List<String> customers = Api.contactsOf(rita.email(), "en", 5);
            Api.contactsOf(quiet.email(), "en", 1);
            long programId = Api.programmeWithApprovedValues("lena");
            joinerIsAsked(programId);
            assertThat(Api.putJson("lena", "/api/programs/" + programId + "/survey-settings",
                    "{\"cadenceMonths\": 1, \"openDays\": 14, \"reminderDays\": 3, \"fatigueDays\": 0}").status()).isEqualTo(200);
            Api.approvePlan("lena", programId);
            String programme = engine().getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("culture-program").singleResult().getId();
            GreenMail smtp = startSmtp();
            try {
                // cycle 1: every value lived by every customer
                JsonObject first = cycle(programme, programId, 1, rita, customers, smtp, new int[][]{{5, 5, 5}, {5, 4, 5}, {4, 5, 5}, {5, 5, 4}, {5, 5, 5}});
                assertThat(first.getJsonObject("summary").getString("recommendation")).isEqualTo("meets");
                assertThat(first.getJsonObject("inputs").getString("matchedRule")).isEqualTo("ValuesLived");
                assertThat(Api.postJson("sara", "/api/reviews/" + id(first) + "/acknowledgement", "{}").status())
                        .as("someone else's review").isEqualTo(403);
                assertThat(Api.postJson("lena", "/api/reviews/" + id(first) + "/confirmation", "{\"decision\": \"CONFIRM\"}").status()).isEqualTo(200);
                JsonObject acknowledged = Api.postJson(rita.username(), "/api/reviews/" + id(first) + "/acknowledgement",
                        "{\"comment\": \"Thank you\"}").json();
                assertThat(acknowledged.getJsonObject("summary").getString("status")).isEqualTo("COMPLETED");
                assertThat(acknowledged.getString("acknowledgedBy")).isEqualTo(rita.username());

                // an override with its reason: the quiet salesperson to an exit review
                long cycleOne = first.getJsonObject("summary").getJsonNumber("cycleId").longValue();
                long overriddenReview = await(() -> Api.get("lena", "/api/reviews?cycle=" + cycleOne + "&salesperson=" + quiet.id()).jsonArray()
                        .getValuesAs(JsonObject.class), list -> !list.isEmpty()).get(0).getJsonNumber("id").longValue();
                await(() -> Api.get("lena", "/api/reviews/" + overriddenReview).json(), r -> r.getString("openTask", "").equals("ConfirmReview"));
                JsonObject overridden = Api.postJson("lena", "/api/reviews/" + overriddenReview + "/confirmation",
                        "{\"decision\": \"OVERRIDE\", \"outcome\": \"EXIT_REVIEW\", \"reason\": \"Two customers left over broken promises\"}").json();
                assertThat(overridden.getJsonObject("summary").getString("outcome")).isEqualTo("exit-review");
                assertThat(overridden.getJsonObject("summary").getBoolean("overridden")).isTrue();
                assertThat(overridden.getString("overrideReason")).isEqualTo("Two customers left over broken promises");
                assertThat(overridden.getJsonObject("summary").getString("status")).isEqualTo("COMPLETED");
                assertThat(count("select count(*) from decision_log where decision = 'REVIEW_OVERRIDDEN' and subject_id = '" + quiet.id() + "'"
                        + " and reason = 'Two customers left over broken promises'")).isEqualTo(1);

                // cycle 2: the first value lived by two of five customers
                JsonObject second = cycle(programme, programId, 2, rita, customers, smtp, new int[][]{{2, 5, 5}, {3, 5, 5}, {2, 4, 5}, {5, 5, 4}, {4, 5, 5}});
                assertThat(second.getJsonObject("summary").getString("recommendation")).isEqualTo("recovery");
                assertThat(second.getJsonObject("inputs").getString("matchedRule")).isEqualTo("ValueNotLived");
                assertThat(second.getJsonObject("inputs").getJsonNumber("lowestConsistency").toString()).isEqualTo("0.40");
                long reviewId = id(second);
                Api.Reply noReason = Api.postJson("lena", "/api/reviews/" + reviewId + "/confirmation",
                        "{\"decision\": \"OVERRIDE\", \"outcome\": \"MEETS\"}");
                assertThat(noReason.status()).as("an override needs a reason").isEqualTo(400);
                assertThat(noReason.body()).contains("\"reason\"");
                assertThat(Api.postJson("lena", "/api/reviews/" + reviewId + "/confirmation", "{\"decision\": \"CONFIRM\"}")
                        .json().getJsonObject("summary").getString("status")).isEqualTo("AWAITING_PLAN");
                assertThat(Api.post("lena", "/api/reviews/" + reviewId + "/recovery-plan/submit").status())
                        .as("no plan drafted yet").isEqualTo(400);
                long firstValue = second.getJsonArray("scores").getJsonObject(0).getJsonNumber("valueId").longValue();
                Api.Reply badPlan = Api.putJson("lena", "/api/reviews/" + reviewId + "/recovery-plan",
                        "{\"actions\": [{\"description\": \"\", \"owner\": \"Lena\", \"due\": \"2001-01-01\"}],"
                                + " \"criteria\": [{\"valueId\": 999999, \"minConsistency\": 1.5}]}");
                assertThat(badPlan.status()).isEqualTo(400);
                assertThat(badPlan.body()).contains("actions[0].description").contains("actions[0].due")
                        .contains("criteria[0].valueId").contains("criteria[0].minConsistency");
                String due = LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString();
                Api.Reply otherLeader = Api.putJson("leo", "/api/reviews/" + reviewId + "/recovery-plan",
                        "{\"actions\": [{\"description\": \"Leo's idea\", \"owner\": \"Leo\", \"due\": \"" + due + "\"}],"
                                + " \"criteria\": [{\"valueId\": " + firstValue + ", \"minConsistency\": 0.5}]}");
                assertThat(otherLeader.status()).as("the draft is the work of whom its task is with").isEqualTo(409);
                assertThat(otherLeader.firstErrorMessage()).contains("Lena");
                String plan = "{\"actions\": [{\"description\": \"Weekly call review " + MARKUP.replace("\"", "\\\"")
                        + "\", \"owner\": \"Lena Lindqvist\","
                        + " \"due\": \"" + due + "\"}], \"criteria\": [{\"valueId\": " + firstValue + ", \"minConsistency\": 0.8}]}";
                // four first drafts at once (no revision to name yet), twenty rounds: one plan; the others are told, never a 500
                for (int round = 0; round < 20; round++) {
                    if (round > 0) { // the plan of the round before, removed: the next four race for the first draft again
                        String ofReview = " where plan_id in (select id from recovery_plan where review_id = " + reviewId + ")";
                        update("delete from recovery_action" + ofReview);
                        update("delete from recovery_criterion" + ofReview);
                        update("delete from recovery_plan where review_id = " + reviewId);
                    }
                    assertThat(race(4, i -> () -> Api.call("lena", "PUT", "/api/reviews/" + reviewId + "/recovery-plan", plan)))
                            .as("round %d", round).containsKey(200);
                    assertThat(count("select count(*) from recovery_plan where review_id = " + reviewId))
                            .as("one recovery plan per review, round %d", round).isEqualTo(1);
                }
                assertShownAsText(WebSession.signIn("lena", "en").get("/reviews.xhtml?id=" + reviewId), "the plan's actions");
                JsonObject opened = Api.post("lena", "/api/reviews/" + reviewId + "/recovery-plan/submit").json();
                assertThat(opened.getJsonObject("plan").getString("status")).isEqualTo("OPEN");
                assertThat(opened.getJsonObject("summary").getString("salespersonStatus")).isEqualTo("IN_RECOVERY");
                assertThat(Api.postJson(rita.username(), "/api/reviews/" + reviewId + "/acknowledgement", "{}").json()
                        .getJsonObject("plan").getString("acknowledgedAt")).isNotBlank();
                assertThat(Api.get("sara", "/api/reviews/" + reviewId).status()).as("not hers").isEqualTo(403);
                assertThat(Api.get(rita.username(), "/api/reviews").jsonArray().getValuesAs(JsonObject.class))
                        .as("her own reviews only").hasSize(2)
                        .allSatisfy(r -> assertThat(r.getJsonNumber("salespersonId").longValue()).isEqualTo(rita.id()));
                assertThat(Api.get("finn", "/api/reviews/" + reviewId).status()).as("finance").isEqualTo(403);

                // cycle 3: still only three of five: the plan fails; exit review
                JsonObject third = cycle(programme, programId, 3, rita, customers, smtp, new int[][]{{2, 5, 5}, {4, 5, 5}, {3, 4, 5}, {5, 5, 4}, {4, 5, 5}});
                assertThat(third.getJsonObject("summary").getString("recommendation")).isEqualTo("exit-review");
                assertThat(third.getJsonObject("inputs").getString("recoveryPlan")).isEqualTo("failed");
                assertThat(third.getJsonObject("inputs").getString("matchedRule")).isEqualTo("FailedRecovery");
                HistoricDecisionInstance evaluation = engine().getHistoryService().createHistoricDecisionInstanceQuery()
                        .processInstanceId(reviewProcess(id(third))).includeInputs().includeOutputs().singleResult();
                assertThat(evaluation.getInputs()).extracting(i -> i.getClauseName()).contains("Recovery plan at this cycle");
                assertThat(evaluation.getOutputs().get(0).getRuleId()).isEqualTo("FailedRecovery");
                assertThat(Api.postJson("lena", "/api/reviews/" + id(third) + "/confirmation", "{\"decision\": \"CONFIRM\"}").status()).isEqualTo(200);
                assertThat(count("select count(*) from decision_log where decision = 'RECOVERY_PLAN_CLOSED' and outcome = 'failed'"
                        + " and subject_id = '" + rita.id() + "'")).isEqualTo(1);
            } finally {
                resetClock();
                smtp.stop();
            }

            // the exit: incapable, with the failed plan; HR returns it once for evidence
            JsonObject proposed = propose("lena", rita.id(), "INCAPABLE", null);
            long caseId = proposed.getJsonObject("summary").getJsonNumber("id").longValue();
            assertThat(proposed.getJsonObject("evidence").getJsonArray("reviews")).hasSize(3);
            assertThat(proposed.getJsonObject("evidence").getJsonArray("plans").getJsonObject(0).getString("status")).isEqualTo("FAILED");
            assertThat(proposed.getJsonObject("evidence").getJsonArray("scores")).hasSize(9);
            assertThat(Api.postJson("lena", "/api/exit-cases", proposal(rita.id(), "INCAPABLE", null)).status())
                    .as("one open case per salesperson").isEqualTo(409);
            assertThat(Api.postJson("hana", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"RETURN\"}").status())
                    .as("a return says why").isEqualTo(400);
            assertThat(stage(Api.postJson("hana", "/api/exit-cases/" + caseId + "/hr-review",
                    "{\"decision\": \"RETURN\", \"comment\": \"Attach the coaching notes\"}"))).isEqualTo("EVIDENCE_REQUESTED");
            assertThat(Api.postBytes("lena", "/api/exit-cases/" + caseId + "/documents?name=coaching-notes.txt", "text/plain",
                    "Coaching notes".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
            assertThat(stage(Api.postJson("lena", "/api/exit-cases/" + caseId + "/evidence", "{\"note\": \"Notes attached\"}")))
                    .isEqualTo("HR_REVIEW");
            assertThat(stage(Api.postJson("hana", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"ACCEPT\"}")))
                    .isEqualTo("EXECUTIVE_APPROVAL");
            assertThat(Api.get("eric", "/api/exit-cases/" + caseId).status()).as("an executive sees it while it waits for one").isEqualTo(200);
            assertThat(stage(Api.postJson("eric", "/api/exit-cases/" + caseId + "/approval", "{\"decision\": \"APPROVE\"}")))
                    .isEqualTo("OFFBOARDING");
            assertThat(Api.get("ella", "/api/exit-cases/" + caseId).status()).as("not the deciding executive").isEqualTo(403);

            JsonObject offboarding = Api.get("hana", "/api/exit-cases/" + caseId).json();
            List<JsonObject> items = offboarding.getJsonArray("checklist").getValuesAs(JsonObject.class);
            assertThat(items).extracting(i -> i.getString("kind")).containsOnly("FINAL_PAY", "ACCESS_REVOCATION",
                    "CUSTOMER_HANDOVER", "EXIT_INTERVIEW").hasSize(3 + customers.size());
            Api.Reply early = Api.post("hana", "/api/exit-cases/" + caseId + "/close");
            assertThat(early.status()).as("the checklist is not done").isEqualTo(400);
            assertThat(early.body()).contains("checklist");
            for (JsonObject item : items) {
                String path = "/api/exit-cases/" + caseId + "/checklist/" + item.getJsonNumber("id");
                if (item.getString("kind").equals("CUSTOMER_HANDOVER")) {
                    assertThat(Api.postJson("hana", path, "{}").status()).as("a hand-over names the new salesperson").isEqualTo(400);
                    assertThat(Api.postJson("hana", path, "{\"newOwnerId\": " + rita.id() + "}").status()).as("not the one leaving").isEqualTo(400);
                    assertThat(Api.postJson("hana", path, "{\"newOwnerId\": 1}").status()).isEqualTo(200);
                } else {
                    assertThat(Api.postJson("hana", path, "{\"note\": \"Done\"}").status()).isEqualTo(200);
                }
                if (item.getString("kind").equals("ACCESS_REVOCATION")) {
                    assertThat(Api.get(rita.username(), "/api/tasks").status()).as("access revoked: the account is disabled")
                            .isEqualTo(401);
                    assertThat(count("select count(*) from decision_log where decision = 'ACCOUNT_DISABLED' and actor = 'hana'"
                            + " and subject_id = '" + rita.username() + "'")).isEqualTo(1);
                }
            }
            assertThat(Api.postJson("aude", "/api/exit-cases/" + caseId + "/cancel", "{\"reason\": \"x\"}").status())
                    .as("auditors change nothing").isEqualTo(403);
            // what waits for or about her: the charter's acknowledgement and the last review's (at least)
            var aboutRita = engine().getRuntimeService().createProcessInstanceQuery().variableValueEquals("salespersonId", rita.id());
            long waiting = aboutRita.count();
            assertThat(engine().getRuntimeService().createProcessInstanceQuery().variableValueEquals("salespersonId", rita.id())
                    .list()).extracting(p -> p.getProcessDefinitionId().split(":")[0])
                    .contains("values-acknowledgement", "performance-review").hasSize((int) waiting);
            assertThat(engine().getTaskService().createTaskQuery().taskAssignee(rita.username()).count())
                    .as("her acknowledgements").isEqualTo(waiting);
            JsonObject closed = Api.post("hana", "/api/exit-cases/" + caseId + "/close").json();
            assertThat(engine().getRuntimeService().createProcessInstanceQuery().variableValueEquals("salespersonId", rita.id())
                    .count()).as("a leaver leaves no process behind").isZero();
            assertThat(engine().getTaskService().createTaskQuery().taskAssignee(rita.username()).count()).isZero();
            assertThat(count("select count(*) from decision_log where decision = 'PROCESS_ENDED' and actor = 'hana'"
                    + " and subject_type = 'salesperson' and subject_id = '" + rita.id() + "'")).isEqualTo(waiting);
            assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals("salespersonId",
                    rita.id()).processDefinitionKey("performance-review").externallyTerminated().list())
                    .extracting(p -> p.getDeleteReason()).containsOnly("The salesperson left (exit case " + caseId + ")");
            assertThat(Api.get("lena", "/api/reviews?salesperson=" + rita.id()).jsonArray().getValuesAs(JsonObject.class))
                    .extracting(r -> r.getString("status")).containsExactlyInAnyOrder("COMPLETED", "COMPLETED", "ENDED");
            assertThat(closed.getJsonObject("summary").getString("stage")).isEqualTo("CLOSED");
            assertThat(closed.getJsonArray("checklist").getValuesAs(JsonObject.class))
                    .hasSize(3 + customers.size()).allSatisfy(i -> assertThat(i.getString("doneBy")).isEqualTo("hana"));
            assertThat(Api.get("lena", "/api/salespeople/" + rita.id()).json().getString("status")).isEqualTo("EXITED");
            assertThat(count("select count(*) from customer_contact where salesperson_id = " + rita.id())).isZero();
            assertThat(closed.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("decision"))
                    .contains("EXIT_PROPOSED", "EXIT_HR_REVIEWED", "EXIT_DOCUMENT_ADDED", "EXIT_EVIDENCE_ADDED", "EXIT_APPROVED",
                            "EXIT_CHECKLIST_ITEM_DONE", "EXIT_CLOSED");
            assertThat(Api.get("aude", "/api/exit-cases/" + caseId).status()).as("auditors read").isEqualTo(200);
        } finally {
            // whatever happened, rita leaves: an account in the sales force gets a charter to acknowledge in later programmes
            leaveSalesForce(rita.id());
        }
    }

    @Test
    @DisplayName("Values-linked pay: when the engine clock ends the plan's pay period, statements are drafted from the cycle published in it; Finance returns them once, an executive rejects once, four eyes refuse the checker and the plan's drafter; approved statements never change and a correction links to them; a salesperson reads only their own; the payroll export totals what is in force")
    void valuesLinkedPay() throws Exception {
        valuesLinkedPaid();
    }

    /** {@link #valuesLinkedPay}'s scenario, run once in this server however many tests need its data, in whichever order. */
    private static final FutureTask<String> PAID = new FutureTask<>(ReviewExitIT::valuesLinkedPayScenario);

    /** The programme whose pay period an executive approved, and the salesperson whose statement was corrected. */
    static String valuesLinkedPaid() throws Exception {
        PAID.run(); // the first caller runs it; later ones wait for it, or find it done
        try {
            return PAID.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }

    private static String valuesLinkedPayScenario() throws Exception {
        Person rita = salespersonWithAccount();
        Person quiet = salespersonWithAccount(); // no customers: nothing judged
        account("plex", "Plan Drafting Executive", "sales-leader", "executive");
        account("hexa", "Hexa Many-Hats", "hr", "finance", "executive");
        GreenMail smtp = startSmtp();
        try {
            List<String> customers = Api.contactsOf(rita.email(), "en", 5);
            assertThat(Api.putJson("hana", "/api/salespeople/" + rita.id(), "{\"name\": \"" + rita.name() + "\", \"email\": \""
                    + rita.email() + "\", \"team\": \"North\", \"targetVariablePay\": 48000}").status()).isEqualTo(200);
            long programId = Api.programmeWithApprovedValues("plex");
            String key = Long.toString(programId);
            LocalDate effective = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            assertThat(Api.putJson("plex", "/api/programs/" + programId + "/survey-settings",
                    "{\"cadenceMonths\": 12, \"openDays\": 14, \"reminderDays\": 3, \"fatigueDays\": 0}").status()).isEqualTo(200);
            Api.Reply badPlan = Api.putJson("plex", "/api/programs/" + programId + "/plans/1", Api.validPlan()
                    .replace("}, \"effectiveDate", "}, \"payPeriod\": \"MONTH\", \"valuesThreshold\": 1.5, \"recognition\": \"yes\", \"effectiveDate"));
            assertThat(badPlan.status()).isEqualTo(400);
            assertThat(badPlan.body()).contains("\"recognition\""); // a wrong type is refused before the rules
            badPlan = Api.putJson("plex", "/api/programs/" + programId + "/plans/1", Api.validPlan()
                    .replace("}, \"effectiveDate", "}, \"payPeriod\": \"MONTH\", \"valuesThreshold\": 1.5, \"effectiveDate"));
            assertThat(badPlan.body()).contains("\"payPeriod\"").contains("\"valuesThreshold\"");
            assertThat(Api.putJson("plex", "/api/programs/" + programId + "/plans/1", Api.validPlan()
                    .replaceFirst("\"effectiveDate\": \"[0-9-]+\"", "\"effectiveDate\": \"" + effective + "\", \"payPeriod\": \"QUARTER\","
                            + " \"valuesThreshold\": 0.8, \"recognition\": true")).status()).isEqualTo(200);
            assertThat(Api.complete("plex", Api.taskOfProgram("plex", programId)).status()).isEqualTo(204);
            Api.approve("hana", programId);
            Api.approve("finn", programId);
            Api.approve("eric", programId);
            String period = await(() -> engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pay-period")
                    .processInstanceBusinessKey(key).singleResult(), java.util.Objects::nonNull).getId();
            Job periodEnds = engine().getManagementService().createJobQuery().processInstanceId(period).timers().singleResult();
            assertThat(periodEnds.getDuedate().toInstant()).as("three months from the effective date")
                    .isEqualTo(effective.plusMonths(3).atStartOfDay(ZoneOffset.UTC).toInstant());

            // a cycle in the period: opened the day after the plan takes effect, every value lived by all five customers
            moveClockTo(effective.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC));
            Api.Reply opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            answeredAndPublished(opened.json(), rita, customers, smtp, new int[][]{{5, 5, 5}, {5, 4, 5}, {4, 5, 5}, {5, 5, 4}, {5, 5, 5}});
            // the plan recognises: rita, the only one with five ratings, for each value; names only, for everyone to read
            String cycleId = opened.json().getJsonNumber("id").toString();
            Api.Reply recognition = Api.get(quiet.username(), "/api/survey-cycles/" + cycleId + "/recognition");
            assertThat(recognition.jsonArray().getValuesAs(JsonObject.class)).hasSize(3).allSatisfy(value ->
                    assertThat(value.getJsonArray("salespeople").getValuesAs(jakarta.json.JsonString.class))
                            .extracting(jakarta.json.JsonString::getString).containsExactly(rita.name()));
            assertThat(recognition.body()).doesNotContain("consistency").doesNotContain("responses");
            assertThat(count("select count(*) from decision_log where decision = 'RECOGNITION_PUBLISHED' and subject_id = '"
                    + cycleId + "'")).isEqualTo(1);
            // the line of sight goes on to the measures and the reviews
            JsonObject lineOfSight = Api.get("finn", "/api/programs/" + programId).json();
            JsonObject measures = lineOfSight.getJsonObject("measures");
            assertThat(measures.getInt("cycleNumber")).isEqualTo(1);
            assertThat(measures.getJsonArray("values").getValuesAs(JsonObject.class)).hasSize(3).allSatisfy(value -> {
                assertThat(value.getJsonNumber("consistency").bigDecimalValue()).isEqualByComparingTo("1");
                assertThat(value.getJsonNumber("threshold").bigDecimalValue()).isEqualByComparingTo("0.8");
                assertThat(value.getInt("responses")).isEqualTo(5);
            });
            JsonObject reviewed = lineOfSight.getJsonObject("reviews");
            assertThat((long) reviewed.getInt("total")).isEqualTo(count("select count(*) from performance_review where cycle_id = "
                    + cycleId)).isPositive();
            assertThat(WebSession.signIn("finn", "en").get("/lineofsight.xhtml?program=" + programId))
                    .contains("Measures: how customers see the values").contains("meets the threshold")
                    .contains("Reviews, recovery and exits");

            // the period ends: the next opens, this one's statements are drafted
            moveClockTo(periodEnds.getDuedate().toInstant().plusSeconds(60));
            String financeCheck = awaitTask(period, "CheckByFinance");
            resetClock();
            assertThat(engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("pay-period")
                    .processInstanceBusinessKey(key).variableValueEquals("periodNumber", 2).count()).as("the next period").isEqualTo(1);
            List<JsonObject> runs = Api.get("finn", "/api/pay-periods?program=" + programId).jsonArray().getValuesAs(JsonObject.class);
            assertThat(runs).extracting(r -> r.getString("status"), r -> r.getString("waitingOn"))
                    .containsExactly(org.assertj.core.api.Assertions.tuple("DRAFTED", "CheckByFinance"));
            String run = "/api/pay-periods/" + runs.get(0).getJsonNumber("id");
            assertThat(Api.get("lena", run).status()).as("pay is not the sales leaders'").isEqualTo(403);
            JsonObject ritas = statementOf(run, rita);
            assertThat(ritas.getJsonNumber("attainment").bigDecimalValue()).isEqualByComparingTo("1");
            assertThat(ritas.getJsonArray("lines").getValuesAs(JsonObject.class)).extracting(l -> l.getString("judgement"),
                    l -> l.getInt("ratings")).containsOnly(org.assertj.core.api.Assertions.tuple("MET", 5));
            assertThat(ritas.getJsonNumber("shareOfTarget").bigDecimalValue()).isEqualByComparingTo("50"); // the plan's values share
            assertThat(ritas.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("6000.00"); // 48,000 × 3/12 × 50 %
            JsonObject quiets = statementOf(run, quiet);
            assertThat(quiets.getBoolean("judged")).as("no ratings: nothing counts against them").isFalse();
            assertThat(quiets.containsKey("amount") && !quiets.isNull("amount")).as("no target pay known").isFalse();

            // Finance returns it; drafted again
            assertThat(Api.postJson("finn", "/api/tasks/" + financeCheck + "/complete",
                    "{\"decision\": \"REJECT\", \"reason\": \"Target pay of the North team is being updated\"}").status()).isEqualTo(204);
            financeCheck = awaitTask(period, "CheckByFinance");
            assertThat(Api.get("finn", run).json().getInt("drafts")).isEqualTo(2);
            assertThat(Api.postJson("hexa", "/api/tasks/" + financeCheck + "/complete", "{\"decision\": \"APPROVE\"}").status())
                    .isEqualTo(204);
            String hrCheck = awaitTask(period, "CheckByHr");
            assertThat(Api.postJson("hexa", "/api/tasks/" + hrCheck + "/complete", "{\"decision\": \"APPROVE\"}").status())
                    .as("who checked for Finance does not check for HR").isEqualTo(403);
            assertThat(Api.postJson("hana", "/api/tasks/" + hrCheck + "/complete", "{\"decision\": \"APPROVE\"}").status())
                    .isEqualTo(204);
            String approval = awaitTask(period, "ApproveStatements");
            assertThat(Api.postJson("hexa", "/api/tasks/" + approval + "/complete", "{\"decision\": \"APPROVE\"}").status())
                    .as("a checker does not approve").isEqualTo(403);
            Api.Reply drafter = Api.postJson("plex", "/api/tasks/" + approval + "/complete", "{\"decision\": \"APPROVE\"}");
            assertThat(drafter.status()).as("the plan's drafter does not approve its pay").isEqualTo(403);
            assertThat(drafter.firstErrorMessage()).contains("compensation plan");
            assertThat(count("select count(*) from decision_log where decision = 'FOUR_EYES_REFUSED' and task_id in ('" + hrCheck
                    + "', '" + approval + "')")).isEqualTo(3);
            // an executive rejects it; drafted again, checked again, approved
            assertThat(Api.postJson("eric", "/api/tasks/" + approval + "/complete",
                    "{\"decision\": \"REJECT\", \"reason\": \"Wait for the corrected contacts\"}").status()).isEqualTo(204);
            assertThat(Api.postJson("finn", "/api/tasks/" + awaitTask(period, "CheckByFinance") + "/complete",
                    "{\"decision\": \"APPROVE\"}").status()).isEqualTo(204);
            assertThat(Api.postJson("hana", "/api/tasks/" + awaitTask(period, "CheckByHr") + "/complete",
                    "{\"decision\": \"APPROVE\"}").status()).isEqualTo(204);
            assertThat(Api.postJson("ella", "/api/tasks/" + awaitTask(period, "ApproveStatements") + "/complete",
                    "{\"decision\": \"APPROVE\"}").status()).isEqualTo(204);
            JsonObject approved = Api.get("finn", run).json();
            assertThat(approved.getString("status")).isEqualTo("APPROVED");
            assertThat(approved.getInt("drafts")).isEqualTo(3);
            assertThat(approved.getString("approvedBy")).isEqualTo("ella");
            // a page at a time (a period holds one statement per salesperson), the total in X-Total-Count
            long runId = runs.get(0).getJsonNumber("id").longValue();
            Api.Reply firstPage = Api.get("finn", run + "/statements?size=2");
            long statementCount = count("select count(*) from pay_statement where run_id = " + runId);
            assertThat(firstPage.totalCount()).isEqualTo(statementCount).isGreaterThanOrEqualTo(2);
            assertThat(firstPage.jsonArray()).hasSize(2);
            assertThat(Api.get("finn", run + "/statements?size=201").status()).isEqualTo(400);
            assertThat(count("select count(*) from pay_statement where run_id = " + runId + " and status <> 'APPROVED'")).isZero();
            assertThat(approved.getInt("statements")).isEqualTo(statementCount);
            long original = statementOf(run, rita).getJsonNumber("id").longValue();

            // approved statements never change: a correction is a new statement naming the original
            String corrections = "/api/pay-statements/" + original + "/corrections";
            assertThat(Api.postJson("hana", corrections, "{\"targetVariablePay\": 60000, \"reason\": \"x\"}").status())
                    .as("Finance corrects").isEqualTo(403);
            assertThat(Api.postJson("finn", corrections, "{\"targetVariablePay\": 60000}").status()).as("a reason").isEqualTo(400);
            Api.Reply corrected = Api.postJson("finn", corrections,
                    "{\"targetVariablePay\": 60000, \"reason\": \"Promotion on the first day of the period\"}");
            assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
            long correction = corrected.json().getJsonNumber("id").longValue();
            assertThat(corrected.json().getJsonNumber("correctsId").longValue()).isEqualTo(original);
            assertThat(corrected.json().getString("status")).isEqualTo("DRAFT");
            assertThat(Api.postJson("finn", corrections, "{\"targetVariablePay\": 1, \"reason\": \"again\"}").status())
                    .as("corrected once; correct the correction").isEqualTo(409);
            String approve = "/api/pay-statements/" + correction + "/approval";
            assertThat(Api.post("finn", approve).status()).isEqualTo(403);
            assertThat(Api.post("plex", approve).status()).as("the plan's drafter").isEqualTo(403);
            assertThat(Api.post("eric", approve).json().getBoolean("inForce")).isTrue();
            JsonObject originalNow = Api.get("finn", "/api/pay-statements/" + original).json();
            assertThat(originalNow.getJsonNumber("amount").bigDecimalValue()).as("unchanged").isEqualByComparingTo("6000.00");
            assertThat(originalNow.getBoolean("inForce")).isFalse();
            assertThat(originalNow.getJsonNumber("correctedById").longValue()).isEqualTo(correction);

            // a salesperson reads their own, explained, and nobody else's
            List<JsonObject> mine = Api.get(rita.username(), "/api/pay-statements/mine").jsonArray().getValuesAs(JsonObject.class);
            assertThat(mine).filteredOn(st -> st.getBoolean("inForce")).singleElement()
                    .satisfies(st -> assertThat(st.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("7500.00"));
            long quietsId = statementOf(run, quiet).getJsonNumber("id").longValue(); // drafts went with each redraft
            assertThat(Api.get(rita.username(), "/api/pay-statements/" + quietsId).status()).isEqualTo(403);
            assertThat(Api.get(quiet.username(), "/api/pay-statements/" + correction).status()).isEqualTo(403);
            assertThat(WebSession.signIn(rita.username(), "en").get("/pay.xhtml")).contains("7,500.00")
                    .contains("Promotion on the first day of the period").contains("in full");

            // payroll: the statements in force, totalled
            byte[] csv = Api.download("finn", run + "/payroll?format=csv");
            List<List<String>> rows = csvRows(new String(csv, StandardCharsets.UTF_8));
            assertThat(rows.get(0)).containsExactly("statement", "salesperson_id", "salesperson", "period_start", "period_end",
                    "values_share_pct", "attainment", "share_of_target_pct", "target_variable_pay", "amount", "corrects", "approved_by");
            rows = rows.subList(1, rows.size());
            assertThat(rows).as("one row per salesperson: the statement in force").hasSize((int) statementCount);
            assertThat(rows).filteredOn(row -> row.get(1).equals(Long.toString(rita.id()))).singleElement()
                    .satisfies(row -> assertThat(row).containsSequence("7500.00", Long.toString(original)));
            java.math.BigDecimal total = rows.stream().filter(row -> !row.get(9).isEmpty())
                    .map(row -> new java.math.BigDecimal(row.get(9))).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
            assertThat(total).isEqualByComparingTo(Api.get("finn", run).json().getJsonNumber("totalAmount").bigDecimalValue());
            assertThat(new String(Api.download("aude", run + "/payroll?format=pdf"), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
            assertThat(Api.get("hana", run + "/payroll").status()).as("payroll is Finance's").isEqualTo(403);

            String ofProgramme = "select count(*) from decision_log where subject_type = 'program' and subject_id = '" + key + "' and decision = ";
            assertThat(count(ofProgramme + "'PAY_STATEMENTS_DRAFTED'")).isEqualTo(3);
            assertThat(count(ofProgramme + "'PAY_RETURNED' and actor = 'finn'")).isEqualTo(1);
            assertThat(count(ofProgramme + "'PAY_CHECKED'")).isEqualTo(4);
            assertThat(count(ofProgramme + "'PAY_REJECTED' and actor = 'eric' and reason = 'Wait for the corrected contacts'")).isEqualTo(1);
            assertThat(count(ofProgramme + "'PAY_APPROVED' and actor = 'ella'")).isEqualTo(1);
            assertThat(count(ofProgramme + "'PAYROLL_EXPORTED'")).isEqualTo(2);
            assertThat(count("select count(*) from decision_log where subject_id = '" + rita.id() + "' and decision in"
                    + " ('PAY_CORRECTION_DRAFTED', 'PAY_CORRECTION_APPROVED')")).isEqualTo(2);
            assertThat(Api.get("aude", "/api/audit/timeline?subject=program&id=" + programId).body())
                    .as("on the programme's audit timeline").contains("PAY_STATEMENTS_DRAFTED", "PAY_RETURNED", "PAY_APPROVED");
            assertThat(Api.get("aude", "/api/audit/timeline?subject=salesperson&id=" + rita.id()).body())
                    .contains("PAY_CORRECTION_DRAFTED", "PAY_CORRECTION_APPROVED");
            // the newest running programme with scores: on the leaders' home page, each value over its cycles
            assertThat(WebSession.signIn("lena", "en").get("/home.xhtml")).contains("How customers see the values")
                    .contains("<polyline").contains("cycle 1: 100 %");
            assertThat(Api.postJson("eric", "/api/programs/" + programId + "/close", "{\"reason\": \"Pay test done\"}").status())
                    .isEqualTo(200);
            return programId + " " + rita.id();
        } finally {
            resetClock();
            smtp.stop();
            leaveSalesForce(rita.id());
            leaveSalesForce(quiet.id());
        }
    }

    /** The person's first statement of the period, found by name as Finance would among thousands. */
    private static JsonObject statementOf(String run, Person person) {
        Api.Reply named = Api.get("finn", run + "/statements?q=" + java.net.URLEncoder.encode(person.name(),
                StandardCharsets.UTF_8));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.jsonArray().getValuesAs(JsonObject.class)).as("only theirs: the name is unique").isNotEmpty()
                .allSatisfy(st -> assertThat(st.getString("salesperson")).isEqualTo(person.name()));
        assertThat(named.totalCount()).isEqualTo(named.jsonArray().size());
        return named.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(st -> st.getJsonNumber("salespersonId").longValue() == person.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no statement for " + person.name()));
    }

    /**
     * Someone given an account after the charter's approval is asked to acknowledge it, like everyone
     * before them; asked once, however often they are asked again.
     */
    private static void joinerIsAsked(long programId) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply joined = Api.postJson("lena", "/api/salespeople", "{\"name\": \"Jo Joiner " + tag + "\", \"email\": \"jo-"
                + tag + "@culture.example\", \"team\": \"North\", \"account\": \"yes\"}");
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        long joiner = joined.json().getJsonNumber("id").longValue();
        try {
            String task = await(() -> engine().getTaskService().createTaskQuery().taskAssignee("jo-" + tag)
                    .processInstanceBusinessKey(Long.toString(programId)).taskDefinitionKey("AcknowledgeValues").singleResult(),
                    java.util.Objects::nonNull).getId();
            update("update app_user set password_hash = (select password_hash from app_user where username = 'lena')"
                    + " where username = 'jo-" + tag + "'");
            assertThat(Api.postJson("jo-" + tag, "/api/tasks/" + task + "/complete", "{\"acknowledged\": true}").status())
                    .isEqualTo(204);
            assertThat(count("select count(*) from values_acknowledgement where salesperson_id = " + joiner)).isEqualTo(1);
        } finally {
            leaveSalesForce(joiner);
        }
    }

    @Test
    @RunAsClient
    @DisplayName("In a browser: Finance opens the approved period from the line of sight, with its payroll exports; the corrected salesperson opens My pay and reads the statement in force, explained value by value, and the original it replaced")
    void salespersonReadsTheirStatementInABrowser() throws Exception {
        Api.Reply paid = Api.get("aude", FixtureServlet.PATH + "values-linked-pay"); // valuesLinkedPay's, in the server
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        long programId = Long.parseLong(paid.body().split(" ")[0]);
        String salespersonId = paid.body().split(" ")[1];
        JsonObject salesperson = Api.get("hana", "/api/salespeople/" + salespersonId).json();
        try (Browser browser = new Browser()) {
            browser.resize(1280, 1000).open("/lineofsight.xhtml?program=" + programId).signIn("finn");
            assertThat(browser.script("return document.querySelectorAll('#losValuesChart polyline').length"))
                    .as("a line per value").isEqualTo(3L);
            assertThat(browser.script("return [...document.querySelectorAll('#losValuesChart circle[aria-label]')]"
                    + ".map(c => c.getAttribute('aria-label')).join('|')").toString()).as("cycle 1: every value at 100 %")
                    .contains("Deep relationships, cycle 1: 100 %");
            browser.screenshot("27-line-of-sight-values-chart");
            browser.click(By.id("openPay"));
            assertThat(browser.awaitText("Pay periods")).contains("approved");
            browser.click(By.cssSelector("#periods a"));
            browser.awaitText("Payroll export (CSV)");
            // one statement per salesperson, a page at a time: Finance finds theirs by name
            browser.type(By.cssSelector("#statementsForm\\:statementTable .ui-column-filter"), salesperson.getString("name"));
            browser.awaitTrue("return document.getElementById('statementsForm:statementTable_data').rows.length === 2");
            String period = browser.pageText();
            assertThat(period).contains(salesperson.getString("name")).contains("7,500.00").contains("6,000.00").contains("in force");
            browser.screenshot("24-pay-period");
            // the approved correction may be corrected in its turn: chosen in its row, refused without a reason
            browser.type(By.id("correctForm:targetVariablePay_input"), "61000");
            browser.click(By.cssSelector("#statementsForm\\:statementTable_data button[title^='Correct']"));
            assertThat(browser.find(By.id("correctForm:statement")).getText()).startsWith(salesperson.getString("name") + ", statement ");
            assertThat(browser.find(By.id("correctForm:targetVariablePay_input")).getAttribute("value")).as("what was typed stays")
                    .startsWith("61000");
            browser.click(By.id("correctForm:correct"));
            assertThat(browser.awaitText("Say why the statement is corrected.")).contains(salesperson.getString("name") + ", statement ");
        }
        try (Browser browser = new Browser()) {
            browser.resize(1280, 1000).open("/inbox.xhtml").signIn(salesperson.getString("username"));
            browser.click(By.id("myPay"));
            String mine = browser.awaitText("My pay statements");
            assertThat(mine).contains("That is 7,500.00 of a yearly target variable pay of 60,000.00").doesNotContain("% %")
                    .contains("Promotion on the first day of the period")
                    .contains("in full: at or above the threshold of 80 %");
            assertThat(browser.script("return document.querySelectorAll('.statement').length")).as("the correction and the original")
                    .isEqualTo(2L);
            assertThat(browser.script("return document.querySelectorAll('.statement .badge').length")).as("one in force")
                    .isEqualTo(1L);
            browser.screenshot("25-my-pay");
        }
    }

    @Test
    @DisplayName("Evidence gate: no failed recovery plan refuses 'incapable', and 'unwilling' without documents; a documented unwillingness passes; refusals are logged")
    void evidenceGate() throws Exception {
        Person person = salesperson();
        Api.Reply incapable = Api.postJson("lena", "/api/exit-cases", proposal(person.id(), "INCAPABLE", null));
        assertThat(incapable.status()).isEqualTo(400);
        assertThat(incapable.body()).contains("\"reason\"").contains("recovery");
        Api.Reply undocumented = Api.postJson("lena", "/api/exit-cases", proposal(person.id(), "UNWILLING", null));
        assertThat(undocumented.status()).isEqualTo(400);
        assertThat(undocumented.body()).contains("\"documents\"");
        assertThat(count("select count(*) from decision_log where decision = 'EXIT_PROPOSAL_REFUSED' and subject_id = '"
                + person.id() + "'")).isEqualTo(2);
        Api.Reply missing = Api.postJson("lena", "/api/exit-cases", "{\"reason\": \"sometimes\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"reason\"");
        assertThat(Api.postJson("hana", "/api/exit-cases", proposal(person.id(), "UNWILLING", "Refused the values twice"))
                .status()).as("HR does not propose").isEqualTo(403);
        JsonObject documented = propose("lena", person.id(), "UNWILLING", "Refused the values twice in writing");
        assertThat(documented.getJsonArray("documents")).hasSize(1);
        assertThat(documented.getJsonObject("summary").getString("stage")).isEqualTo("HR_REVIEW");
        assertThat(documented.getJsonObject("summary").getString("due")).isNotBlank();
        Api.Reply openApi = Api.get(null, "/openapi");
        assertThat(openApi.status()).as("the OpenAPI description, public").isEqualTo(200);
        assertThat(openApi.body()).contains("/api/exit-cases/{id}/hr-review").contains("/api/exit-cases/{id}/checklist/{itemId}")
                .contains("/api/reviews/{id}/confirmation").contains("/api/reviews/{id}/recovery-plan");
    }

    @Test
    @DisplayName("Four eyes: the proposer never reviews as HR; the HR reviewer and the proposer never approve; refusals are logged")
    void fourEyes() throws Exception {
        account("hale", "Hale Dual", "sales-leader", "hr");
        account("xavi", "Xavi Dual", "hr", "executive");
        Person person = salesperson();
        long caseId = propose("hale", person.id(), "UNWILLING", "Told the team the values are nonsense")
                .getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(Api.postJson("hale", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"ACCEPT\"}").status())
                .as("hale proposed it").isEqualTo(403);
        String hrTask = engine().getTaskService().createTaskQuery().processVariableValueEquals("exitCaseId", caseId)
                .singleResult().getId();
        assertThat(WebSession.signIn("hale", "en").press("/task.xhtml?id=" + hrTask, "task", "claim"))
                .as("the page refuses too").contains("Four eyes");
        assertThat(stage(Api.postJson("xavi", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"ACCEPT\"}")))
                .isEqualTo("EXECUTIVE_APPROVAL");
        assertThat(Api.postJson("xavi", "/api/exit-cases/" + caseId + "/approval", "{\"decision\": \"APPROVE\"}").status())
                .as("xavi reviewed it as HR").isEqualTo(403);
        String approvalTask = engine().getTaskService().createTaskQuery().processVariableValueEquals("exitCaseId", caseId)
                .singleResult().getId();
        assertThat(WebSession.signIn("xavi", "en").press("/task.xhtml?id=" + approvalTask, "task", "claim"))
                .as("the page refuses the approval too").contains("Four eyes");
        assertThat(count("select count(*) from decision_log where decision = 'FOUR_EYES_REFUSED' and actor in ('hale', 'xavi')"))
                .isGreaterThanOrEqualTo(2);
        JsonObject rejected = Api.postJson("ella", "/api/exit-cases/" + caseId + "/approval",
                "{\"decision\": \"REJECT\", \"reason\": \"Talk to him first\"}").json();
        assertThat(rejected.getJsonObject("summary").getString("stage")).isEqualTo("REJECTED");
        assertThat(rejected.getString("endReason")).isEqualTo("Talk to him first");
        assertThat(rejected.getString("approver")).isEqualTo("ella");
    }

    @Test
    @DisplayName("Visibility: a salesperson, another sales leader and finance get 403 on a case; auditors read but change nothing; HR rejection ends it")
    void visibilityAndHrRejection() throws Exception {
        Person person = salesperson();
        long caseId = propose("lena", person.id(), "UNWILLING", "Refuses the customer-first value").getJsonObject("summary")
                .getJsonNumber("id").longValue();
        for (String outsider : List.of("sara", "sven", "leo", "finn")) {
            assertThat(Api.get(outsider, "/api/exit-cases/" + caseId).status()).as(outsider).isEqualTo(403);
            assertThat(Api.get(outsider, "/api/exit-cases/" + caseId + "/documents/1").status()).as(outsider).isEqualTo(403);
        }
        assertThat(Api.get("leo", "/api/exit-cases").jsonArray().getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getJsonNumber("id").longValue() == caseId);
        assertThat(Api.get("aude", "/api/exit-cases/" + caseId).status()).isEqualTo(200);
        assertThat(Api.postJson("aude", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(403);
        assertThat(Api.postBytes("aude", "/api/exit-cases/" + caseId + "/documents?name=a.txt", "text/plain",
                "x".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        String statement = "does not live the values; see the evidence";
        assertThat(WebSession.signIn("leo", "en").get("/exit.xhtml?id=" + caseId)).doesNotContain(statement)
                .contains("Exit cases are visible only to HR");
        assertThat(WebSession.signIn("hana", "en").get("/exit.xhtml?id=" + caseId)).as("HR's step, linked for HR")
                .contains(statement).contains("open the task");
        assertThat(WebSession.signIn("lena", "en").get("/exit.xhtml?id=" + caseId)).as("not for the proposer")
                .contains(statement).contains("Review the exit case").doesNotContain("open the task");
        JsonObject rejected = Api.postJson("hugo", "/api/exit-cases/" + caseId + "/hr-review",
                "{\"decision\": \"REJECT\", \"comment\": \"Not enough to go on\"}").json();
        assertThat(rejected.getJsonObject("summary").getString("stage")).isEqualTo("REJECTED");
        assertThat(Api.postJson("lena", "/api/exit-cases/" + caseId + "/cancel", "{\"reason\": \"late\"}").status())
                .as("an ended case").isEqualTo(409);
    }

    @ParameterizedTest(name = "cancelled at {0}")
    @ValueSource(strings = {"HR_REVIEW", "EVIDENCE_REQUESTED", "EXECUTIVE_APPROVAL", "OFFBOARDING"})
    @DisplayName("Cancellation with a reason at each stage before closing; nothing remains open")
    void cancellation(String at) throws Exception {
        Person person = salesperson();
        long caseId = propose("lena", person.id(), "UNWILLING", "Documented refusal").getJsonObject("summary")
                .getJsonNumber("id").longValue();
        String base = "/api/exit-cases/" + caseId;
        if (at.equals("EVIDENCE_REQUESTED")) {
            Api.postJson("hana", base + "/hr-review", "{\"decision\": \"RETURN\", \"comment\": \"More\"}");
        } else if (!at.equals("HR_REVIEW")) {
            Api.postJson("hana", base + "/hr-review", "{\"decision\": \"ACCEPT\"}");
            if (at.equals("OFFBOARDING")) {
                Api.postJson("eric", base + "/approval", "{\"decision\": \"APPROVE\"}");
            }
        }
        assertThat(Api.get("hana", base).json().getJsonObject("summary").getString("stage")).isEqualTo(at);
        assertThat(Api.postJson("lena", base + "/cancel", "{}").status()).as("a cancellation says why").isEqualTo(400);
        JsonObject cancelled = Api.postJson("lena", base + "/cancel", "{\"reason\": \"Resigned\"}").json();
        assertThat(cancelled.getJsonObject("summary").getString("stage")).isEqualTo("CANCELLED");
        assertThat(cancelled.getString("endReason")).isEqualTo("Resigned");
        String processId = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .variableValueEquals("exitCaseId", caseId).singleResult().getId();
        assertThat(engine().getTaskService().createTaskQuery().processInstanceId(processId).count()).isZero();
        assertThat(count("select count(*) from decision_log where decision = 'EXIT_CANCELLED' and subject_id = '" + caseId
                + "' and actor = 'lena'")).isEqualTo(1);
        assertThat(Api.get("lena", "/api/salespeople/" + person.id()).json().getString("status")).isEqualTo("ACTIVE");
    }

    /** What someone who tries types where others will read it. */
    private static final String MARKUP = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">";

    /** The page shows the markup as text: escaped, never as elements. */
    private static void assertShownAsText(String page, String where) {
        assertThat(page).as(where).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(")
                .doesNotContain("<img src=x").doesNotContain("<img src=\"x\"");
    }

    /** Opens cycle {@code number} by moving the clock to the programme's cadence timer; answers; publishes; the salesperson's review. */
    private static JsonObject cycle(String programme, long programId, int number, Person person, List<String> customers,
                                    GreenMail smtp, int[][] ratings) throws Exception {
        Job cadence = await(() -> engine().getManagementService().createJobQuery().processInstanceId(programme).timers()
                .singleResult(), java.util.Objects::nonNull);
        moveClockTo(cadence.getDuedate().toInstant().plusSeconds(60));
        JsonObject opened = await(() -> Api.get("lena", "/api/programs/" + programId + "/survey-cycles").jsonArray()
                .getValuesAs(JsonObject.class), list -> list.size() == number).get(0);
        return answeredAndPublished(opened, person, customers, smtp, ratings);
    }

    /**
     * The customers answer the open cycle's invitations as rated (one row per customer, one rating per
     * value), and lena publishes it; back at real time, the cycle's review of the person, awaiting confirmation.
     */
    private static JsonObject answeredAndPublished(JsonObject opened, Person person, List<String> customers, GreenMail smtp,
                                                   int[][] ratings) throws Exception {
        long cycleId = opened.getJsonNumber("id").longValue();
        String subject = "How does " + person.name() + " live our values?";
        List<Long> values = null;
        for (int i = 0; i < customers.size(); i++) {
            String email = customers.get(i);
            // the newest link the survey answers to: a batch that failed after sending went out again with new tokens
            String token = await(() -> mailsTo(smtp, email).stream().filter(m -> subject(m).startsWith(subject))
                    .map(InServer::token).filter(link -> Api.get(null, "/api/surveys/" + link).status() == 200)
                    .reduce((older, newer) -> newer).orElse(null), java.util.Objects::nonNull);
            if (values == null) {
                values = Api.get(null, "/api/surveys/" + token).json().getJsonArray("values").getValuesAs(JsonObject.class)
                        .stream().map(v -> v.getJsonNumber("id").longValue()).toList();
            }
            var answer = Json.createObjectBuilder();
            for (int v = 0; v < values.size(); v++) {
                answer.add(values.get(v).toString(), ratings[i][v]);
            }
            var response = Json.createObjectBuilder().add("ratings", answer);
            if (i == 0) {
                response.add("comment", MARKUP); // a customer who tries: shown as text on the heatmap
            }
            assertThat(Api.postJson(null, "/api/surveys/" + token, response.build().toString()).status()).isEqualTo(204);
        }
        // back to now before the close: tasks created at a future time would head every inbox in later tests
        resetClock();
        String processId = opened.getString("processInstanceId");
        runTimer(processId, "ReminderDue");
        runTimer(processId, "DeadlineReached");
        String publication = awaitTask(processId, "ReviewScores");
        assertThat(race(4, i -> () -> Api.complete("lena", publication))).as("four publications sent at once")
                .containsEntry(204, 1);
        long reviewId = await(() -> Api.get("lena", "/api/reviews?cycle=" + cycleId + "&salesperson=" + person.id()).jsonArray()
                .getValuesAs(JsonObject.class), list -> !list.isEmpty()).get(0).getJsonNumber("id").longValue();
        assertThat(count("select count(*) from performance_review where cycle_id = " + cycleId + " and salesperson_id = "
                + person.id())).as("one review per salesperson and cycle").isEqualTo(1);
        assertShownAsText(WebSession.signIn("lena", "en").get("/scores.xhtml?cycle=" + cycleId
                + "&salesperson=" + person.id()), "the heatmap's comments");
        return await(() -> Api.get("lena", "/api/reviews/" + reviewId).json(),
                review -> "AWAITING_CONFIRMATION".equals(review.getJsonObject("summary").getString("status")));
    }

    private static String reviewProcess(long reviewId) {
        return engine().getHistoryService().createHistoricProcessInstanceQuery()
                .variableValueEquals("reviewId", reviewId).singleResult().getId();
    }

    private static long id(JsonObject review) {
        return review.getJsonObject("summary").getJsonNumber("id").longValue();
    }

    private static String stage(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonObject("summary").getString("stage");
    }

    private static JsonObject propose(String proposer, long salespersonId, String reason, String document) {
        Api.Reply reply = Api.postJson(proposer, "/api/exit-cases", proposal(salespersonId, reason, document));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.location()).endsWith("/api/exit-cases/" + reply.json().getJsonObject("summary").getJsonNumber("id"));
        return reply.json();
    }

    private static String proposal(long salespersonId, String reason, String document) {
        var json = Json.createObjectBuilder().add("salespersonId", salespersonId).add("reason", reason)
                .add("statement", "The salesperson does not live the values; see the evidence.");
        if (document != null) {
            json.add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "warning.txt")
                    .add("contentType", "text/plain")
                    .add("content", Base64.getEncoder().encodeToString(document.getBytes(StandardCharsets.UTF_8)))));
        }
        return json.build().toString();
    }
}
