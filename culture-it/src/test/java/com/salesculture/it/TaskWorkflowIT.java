package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first slice through every layer: a programme started over the API runs its process, whose first
 * task reaches the right inbox and is worked under the server's rules. Runs inside the server so that
 * it can read the engine's history and operation log directly, while acting only through HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class TaskWorkflowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private static ProcessEngine engine() {
        return BpmPlatform.getProcessEngineService().getProcessEngine("default");
    }

    @Test
    @DisplayName("The new programme's first task reaches sales leaders and nobody else")
    void draftIntentTaskReachesSalesLeadersOnly() {
        long programId = Api.startProgram("lena", "Visibility " + UUID.randomUUID());

        String taskId = Api.taskOfProgram("lena", programId);
        assertThat(taskId).as("in lena's inbox").isNotNull();
        assertThat(Api.taskOfProgram("leo", programId)).as("in leo's inbox (same group)").isEqualTo(taskId);
        assertThat(Api.taskOfProgramNow("hana", programId)).as("hr does not see it").isNull();
        assertThat(Api.taskOfProgramNow("sara", programId)).as("a salesperson does not see it").isNull();

        var task = Api.get("lena", "/api/tasks/" + taskId).json();
        assertThat(task.getString("name")).isEqualTo("Draft strategic intent");
        assertThat(task.getJsonArray("candidateGroups").getString(0)).isEqualTo("sales-leader");
        assertThat(task.getJsonNumber("programId").longValue()).isEqualTo(programId);
        assertThat(Api.get("hana", "/api/tasks/" + taskId).status()).isEqualTo(403);

        assertThat(engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("culture-program").count())
                .as("culture-program runs with the programme id as business key").isEqualTo(1);
        assertThat(engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("strategic-intent").count())
                .as("its call activity strategic-intent, with the same business key").isEqualTo(1);
    }

    @Test
    @DisplayName("The task list is filtered, paged and counted by the engine, with the page's filters")
    void taskListFiltersAndPages() {
        long first = Api.startProgram("lena", "Filters A " + UUID.randomUUID());
        long second = Api.startProgram("lena", "Filters B " + UUID.randomUUID());
        String firstTask = Api.taskOfProgram("lena", first);
        String secondTask = Api.taskOfProgram("lena", second);
        engine().getTaskService().setDueDate(firstTask, java.util.Date.from(java.time.Instant.now().minusSeconds(86_400)));
        engine().getTaskService().setDueDate(secondTask, java.util.Date.from(java.time.Instant.now().plusSeconds(3 * 86_400)));

        assertThat(ids("lena", "program=" + first)).containsExactly(firstTask);
        assertThat(Api.get("lena", "/api/tasks?program=" + first).totalCount()).isEqualTo(1);
        assertThat(ids("lena", "program=" + first + "&due=overdue")).containsExactly(firstTask);
        assertThat(ids("lena", "program=" + first + "&due=week")).isEmpty();
        assertThat(ids("lena", "program=" + second + "&due=week")).containsExactly(secondTask);
        assertThat(ids("lena", "program=" + first + "&process=strategic-intent&q=strategic")).containsExactly(firstTask);
        assertThat(ids("lena", "program=" + first + "&q=no-such-words")).isEmpty();
        assertThat(ids("lena", "program=" + first + "&group=sales-leader")).containsExactly(firstTask);
        assertThat(ids("lena", "program=" + first + "&group=hr")).isEmpty();
        assertThat(ids("hana", "program=" + first)).as("not hana's group").isEmpty();
        assertThat(ids("lena", "program=" + first + "&scope=mine")).isEmpty();
        Api.post("lena", "/api/tasks/" + firstTask + "/claim");
        assertThat(ids("lena", "program=" + first + "&scope=mine")).containsExactly(firstTask);
        assertThat(ids("leo", "program=" + first)).as("claimed by lena, so not in leo's inbox").isEmpty();
        assertThat(ids("lena", "program=" + first + "&size=1&page=1")).isEmpty();
        assertThat(Api.get("lena", "/api/tasks?program=" + first + "&size=1&page=1").totalCount()).isEqualTo(1);

        Api.Reply all = Api.get("adam", "/api/tasks?scope=all&size=5&sort=due&order=asc");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.totalCount()).isGreaterThanOrEqualTo(2);
        assertThat(Api.get("lena", "/api/tasks?scope=all").status()).isEqualTo(403);

        for (String bad : List.of("page=abc", "size=0", "size=1000", "due=soon", "order=up", "sort=priority", "scope=everything", "program=x")) {
            Api.Reply reply = Api.get("lena", "/api/tasks?" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    private static List<String> ids(String user, String query) {
        Api.Reply reply = Api.get(user, "/api/tasks?" + query);
        assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(200);
        return reply.jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream().map(t -> t.getString("id")).toList();
    }

    @Test
    @DisplayName("Reassign, delegate and resolve, dates and comments follow the rules, and each decision is logged")
    void reassignDelegateScheduleComment() throws Exception {
        long programId = Api.startProgram("lena", "Workbench " + UUID.randomUUID());
        String task = "/api/tasks/" + Api.taskOfProgram("lena", programId);
        String taskId = task.substring(task.lastIndexOf('/') + 1);

        Api.Reply reassigned = Api.postJson("lena", task + "/reassign", "{\"assignee\": \"leo\"}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(reassigned.json().getString("assignee")).isEqualTo("leo");
        assertThat(Api.postJson("hana", task + "/reassign", "{\"assignee\": \"lena\"}").status())
                .as("hr is not a sales leader of the group").isEqualTo(403);
        Api.Reply notMember = Api.postJson("lena", task + "/reassign", "{\"assignee\": \"hana\"}");
        assertThat(notMember.status()).isEqualTo(400);
        assertThat(notMember.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("assignee");
        assertThat(Api.postJson("lena", task + "/reassign", "{\"assignee\": \"nobody\"}").status()).isEqualTo(400);
        assertThat(Api.postJson("adam", task + "/reassign", "{\"assignee\": \"lena\"}").json().getString("assignee"))
                .as("admins reassign").isEqualTo("lena");

        Api.Reply outsider = Api.postJson("lena", task + "/delegate", "{\"delegate\": \"sven\"}");
        assertThat(outsider.status()).as("a salesperson could not work on a sales leader's task").isEqualTo(400);
        assertThat(outsider.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("delegate");
        assertThat(Api.get("sven", task).status()).as("nor read it").isEqualTo(403);
        Api.Reply delegated = Api.postJson("lena", task + "/delegate", "{\"delegate\": \"leo\"}");
        assertThat(delegated.status()).as(delegated.body()).isEqualTo(200);
        assertThat(delegated.json().getString("assignee")).isEqualTo("leo");
        assertThat(Api.postJson("leo", task + "/complete", Api.SUBMIT).status()).as("a delegate resolves, not completes").isEqualTo(409);
        assertThat(Api.post("lena", task + "/resolve").status()).as("only the delegate resolves").isEqualTo(409);
        Api.Reply resolved = Api.post("leo", task + "/resolve");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().getString("assignee")).as("back with the accountable owner").isEqualTo("lena");

        Api.Reply scheduled = Api.putJson("lena", task + "/dates",
                "{\"due\": \"2030-01-31T17:00:00Z\", \"followUp\": \"2030-01-20T09:00:00Z\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        assertThat(scheduled.json().getString("due")).isEqualTo("2030-01-31T17:00:00Z");
        assertThat(Api.putJson("lena", task + "/dates", "{\"due\": \"next week\"}").status()).isEqualTo(400);
        assertThat(Api.putJson("lena", task + "/dates",
                "{\"due\": \"2030-01-01T00:00:00Z\", \"followUp\": \"2030-02-01T00:00:00Z\"}").status()).isEqualTo(400);
        assertThat(Api.putJson("hana", task + "/dates", "{\"due\": null}").status()).isEqualTo(403);

        Api.Reply comment = Api.postJson("lena", task + "/comments", "{\"text\": \"<b>Draft</b> shared with Finance\"}");
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
        assertThat(comment.json().getString("author")).isEqualTo("lena");
        assertThat(Api.get("leo", task + "/comments").jsonArray().getJsonObject(0).getString("text"))
                .isEqualTo("<b>Draft</b> shared with Finance");
        assertThat(Api.postJson("lena", task + "/comments", "{\"text\": \"  \"}").status()).isEqualTo(400);
        assertThat(Api.postJson("lena", task + "/comments", "{\"text\": \"" + "x".repeat(2001) + "\"}").status()).isEqualTo(400);
        assertThat(Api.postJson("aude", task + "/comments", "{\"text\": \"audit note\"}").status()).isEqualTo(403);
        assertThat(Api.get("hana", task + "/comments").status()).isEqualTo(403);

        assertThat(Api.postJson("lena", task + "/complete", Api.SUBMIT).status()).isEqualTo(204);
        assertThat(decisions(taskId, "TASK_REASSIGNED")).isEqualTo(2);
        assertThat(decisions(taskId, "TASK_DELEGATED")).isEqualTo(1);
        assertThat(decisions(taskId, "TASK_RESOLVED")).isEqualTo(1);
        assertThat(decisions(taskId, "TASK_DATES_CHANGED")).isEqualTo(1);
        assertThat(decisions(taskId, "TASK_COMPLETED")).isEqualTo(1);
    }

    @Test
    @DisplayName("Bulk: tasks of one kind are claimed, released and reassigned at once, all or none; mixed kinds, a bad action or no assignee are refused field by field; a salesperson cannot reassign")
    void bulkActionsAllOrNone() throws Exception {
        List<String> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            drafts.add(Api.taskOfProgram("lena", Api.startProgram("lena", "Bulk " + i + " " + UUID.randomUUID())));
        }
        String ids = drafts.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(", "));
        Api.Reply claimed = Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"claim\", \"taskIds\": [" + ids + "]}");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.jsonArray().getValuesAs(JsonObject.class)).hasSize(3)
                .allSatisfy(task -> assertThat(task.getString("assignee")).isEqualTo("lena"));
        for (String id : drafts) {
            assertThat(decisions(id, "TASK_CLAIMED")).isEqualTo(1);
        }

        // leo holds one of them: releasing all three as lena is refused, and the other two stay hers
        assertThat(Api.postJson("lena", "/api/tasks/" + drafts.get(2) + "/reassign", "{\"assignee\": \"leo\"}").status()).isEqualTo(200);
        Api.Reply refused = Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"release\", \"taskIds\": [" + ids + "]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("Leo");
        for (String id : drafts.subList(0, 2)) {
            assertThat(Api.get("lena", "/api/tasks/" + id).json().getString("assignee")).as("all or none").isEqualTo("lena");
            assertThat(decisions(id, "TASK_RELEASED")).isZero();
        }

        Api.Reply reassigned = Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"reassign\", \"assignee\": \"leo\", \"taskIds\": ["
                + ids + "]}");
        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(reassigned.jsonArray().getValuesAs(JsonObject.class)).extracting(task -> task.getString("assignee"))
                .containsExactly("leo", "leo", "leo");

        long other = Api.programmeWithApprovedValues("lena");
        String otherKind = Api.taskOfProgram("lena", other); // drafting the plan, not the intent
        Api.Reply mixed = Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"claim\", \"taskIds\": [\"" + drafts.get(0)
                + "\", \"" + otherKind + "\"]}");
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.firstErrorField()).isEqualTo("taskIds");
        Api.Reply wrong = Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"complete\", \"taskIds\": []}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"action\"").contains("\"taskIds\"");
        assertThat(Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"reassign\", \"taskIds\": [" + ids + "]}").firstErrorField())
                .isEqualTo("assignee");
        assertThat(Api.postJson("lena", "/api/tasks/bulk", "{\"action\": \"claim\", \"taskIds\": \"" + drafts.get(0) + "\"}")
                .firstErrorField()).as("a list, not a string").isEqualTo("taskIds");
        assertThat(Api.postJson("sven", "/api/tasks/bulk", "{\"action\": \"reassign\", \"assignee\": \"sven\", \"taskIds\": [" + ids
                + "]}").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("Without credentials the API answers 401 and asks for Basic authentication")
    void anonymousGets401() {
        Api.Reply reply = Api.get(null, "/api/tasks");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.wwwAuthenticate()).startsWith("Basic");
        assertThat(reply.firstErrorMessage()).isNotBlank();
    }

    @Test
    @DisplayName("An auditor completing or claiming a task gets 403 and the task is unchanged")
    void auditorCannotCompleteOrClaim() {
        long programId = Api.startProgram("lena", "Audit " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);

        Api.Reply complete = Api.complete("aude", taskId);
        Api.Reply claim = Api.post("aude", "/api/tasks/" + taskId + "/claim");

        assertThat(complete.status()).isEqualTo(403);
        assertThat(complete.firstErrorMessage()).contains("read-only");
        assertThat(claim.status()).isEqualTo(403);
        var task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("still open").isNotNull();
        assertThat(task.getAssignee()).as("still unclaimed").isNull();
        assertThat(Api.get("aude", "/api/tasks/" + taskId).status()).as("auditors read everything").isEqualTo(200);
    }

    @Test
    @DisplayName("Claim, unclaim and complete follow the rules and the engine's operation log names the user")
    void claimUnclaimCompleteAsTheSignedInUser() throws Exception {
        long programId = Api.startProgram("lena", "Claims " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);

        assertThat(Api.post("lena", "/api/tasks/" + taskId + "/claim").json().getString("assignee")).isEqualTo("lena");
        Api.Reply leoClaims = Api.post("leo", "/api/tasks/" + taskId + "/claim");
        assertThat(leoClaims.status()).isEqualTo(409);
        assertThat(leoClaims.firstErrorMessage()).contains("claimed by Lena Lindqvist");
        assertThat(Api.complete("leo", taskId).status()).isEqualTo(409);
        assertThat(Api.post("leo", "/api/tasks/" + taskId + "/unclaim").status()).isEqualTo(409);
        assertThat(Api.complete("hana", taskId).status()).isEqualTo(403);

        assertThat(Api.post("lena", "/api/tasks/" + taskId + "/unclaim").json().isNull("assignee")).isTrue();
        assertThat(Api.post("lena", "/api/tasks/" + taskId + "/claim").status()).isEqualTo(200);
        assertThat(Api.complete("lena", taskId).status()).isEqualTo(204);

        List<UserOperationLogEntry> log = engine().getHistoryService().createUserOperationLogQuery()
                .taskId(taskId).list();
        assertThat(log).filteredOn(e -> UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(e.getOperationType()))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getUserId()).isEqualTo("lena"));
        assertThat(log).filteredOn(e -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(e.getOperationType()))
                .singleElement().satisfies(e -> assertThat(e.getUserId()).isEqualTo("lena"));

        assertThat(decisions(taskId, "TASK_CLAIMED")).as("two claims by lena").isEqualTo(2);
        assertThat(decisions(taskId, "TASK_RELEASED")).isEqualTo(1);
        assertThat(decisions(taskId, "TASK_COMPLETED")).isEqualTo(1);
        assertThat(decisionsAbout(programId, "PROGRAM_STARTED")).isEqualTo(1);

        assertThat(Api.get("lena", "/api/programs/" + programId).json().getString("phase"))
                .as("the service task after the user task ran in the same transaction").isEqualTo("INTENT_DRAFTED");
        Api.Reply again = Api.complete("lena", taskId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.firstErrorMessage()).contains("already completed by Lena Lindqvist");
        assertThat(Api.post("lena", "/api/tasks/no-such-task/complete").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("A task's typed form: described by GET, enforced on complete with field errors, values kept as variables")
    void typedTaskForm() throws Exception {
        long programId = Api.startProgram("lena", "Form " + UUID.randomUUID());
        String draft = Api.taskOfProgram("lena", programId);
        JsonObject draftForm = Api.get("lena", "/api/tasks/" + draft).json().getJsonObject("form");
        assertThat(draftForm.getString("key")).isEqualTo("culture:submit");
        assertThat(draftForm.getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("name"), f -> f.getString("type"), f -> f.getBoolean("required"))
                .containsExactly(tuple("note", "long-text", false));
        assertThat(Api.complete("lena", draft).status()).isEqualTo(204);

        String taskId = Api.taskOfProgram("eric", programId);
        JsonObject form = Api.get("eric", "/api/tasks/" + taskId).json().getJsonObject("form");
        assertThat(form.getString("key")).isEqualTo("culture:approval");
        JsonArray fields = form.getJsonArray("fields");
        assertThat(fields.getValuesAs(JsonObject.class)).extracting(f -> f.getString("name"), f -> f.getString("type"),
                        f -> f.getBoolean("required"))
                .containsExactly(tuple("decision", "choice", true), tuple("reason", "long-text", false));
        assertThat(fields.getJsonObject(1).getInt("maxLength")).isEqualTo(2000);
        assertThat(fields.getJsonObject(0).getJsonArray("allowedValues").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("APPROVE", "REJECT");
        assertThat(form.getJsonObject("values").isNull("decision")).isTrue();

        Api.Reply empty = Api.post("eric", "/api/tasks/" + taskId + "/complete");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fieldsOf(empty)).containsOnlyKeys("decision");

        Api.Reply wrong = Api.postJson("eric", "/api/tasks/" + taskId + "/complete",
                "{\"decision\": \"MAYBE\", \"reason\": 42, \"budget\": 5}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fieldsOf(wrong)).containsEntry("decision", "Choose one of APPROVE, REJECT.")
                .containsEntry("reason", "Enter text.")
                .hasEntrySatisfying("budget", message -> assertThat(message).contains("no field \u201cbudget\u201d"));
        assertThat(fieldsOf(Api.postJson("eric", "/api/tasks/" + taskId + "/complete", "{\"reason\": 5}")))
                .as("an unreadable value and a missing one, in one answer").containsOnlyKeys("reason", "decision");

        assertThat(fieldsOf(Api.postJson("eric", "/api/tasks/" + taskId + "/complete", "{\"decision\": \"REJECT\"}")))
                .as("a rule across fields").containsEntry("reason",
                        "Give the reason for the rejection (at most 2,000 characters); the drafter will see it.");
        Api.Reply german = Api.send("eric", "de", "/api/tasks/" + taskId + "/complete", "{\"decision\": \"REJECT\"}");
        assertThat(fieldsOf(german)).as("Accept-Language: de").containsEntry("reason",
                "Nennen Sie den Grund der Ablehnung (h\u00f6chstens 2.000 Zeichen); die verfassende Person sieht ihn.");
        assertThat(engine().getTaskService().createTaskQuery().taskId(taskId).singleResult())
                .as("refused input leaves the task open and unclaimed")
                .satisfies(task -> assertThat(task.getAssignee()).isNull());
        assertThat(decisions(taskId, "TASK_COMPLETED")).isZero();

        assertThat(Api.postJson("eric", "/api/tasks/" + taskId + "/complete",
                "{\"decision\": \"REJECT\", \"reason\": \"Name the segment you mean.\"}").status()).isEqualTo(204);
        Map<String, Object> variables = new HashMap<>();
        engine().getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(engine().getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                        .singleResult().getProcessInstanceId()).list()
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        assertThat(variables).containsEntry("decision", "REJECT").containsEntry("reason", "Name the segment you mean.");
    }

    @Test
    @DisplayName("Strategic intent: rejected with a reason, reworked, resubmitted and approved; the programme follows")
    void strategicIntentRejectReworkApprove() throws Exception {
        long programId = Api.startProgram("leo", "Intent " + UUID.randomUUID());
        String intentPath = "/api/programs/" + programId + "/intent";
        assertThat(Api.complete("leo", Api.taskOfProgram("leo", programId)).status()).isEqualTo(204);
        assertThat(Api.get("eric", intentPath).json().getString("status")).isEqualTo("SUBMITTED");
        assertThat(Api.putJson("leo", intentPath, Api.validIntent()).status()).as("submitted: no changes").isEqualTo(409);

        String approval = Api.taskOfProgram("eric", programId);
        assertThat(Api.get("eric", "/api/tasks/" + approval).json().getString("due")).as("approval due in 3 days").isNotNull();
        assertThat(Api.postJson("eric", "/api/tasks/" + approval + "/complete",
                "{\"decision\": \"REJECT\", \"reason\": \"Name the segment you mean.\"}").status()).isEqualTo(204);
        JsonObject rejected = Api.get("leo", intentPath).json();
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("rejectionReason")).isEqualTo("Name the segment you mean.");
        assertThat(rejected.getString("decidedByName")).isEqualTo("Eric Castell");
        assertThat(Api.get("leo", "/api/programs/" + programId).json().getString("phase")).isEqualTo("DRAFTING_INTENT");

        String rework = Api.taskOfProgram("leo", programId);
        assertThat(rework).as("back with the drafters").isNotNull().isNotEqualTo(approval);
        assertThat(Api.putJson("leo", intentPath, Api.validIntent().replace("segment X", "segment mid-size DACH"))
                .status()).isEqualTo(200);
        assertThat(Api.complete("lena", rework).status()).isEqualTo(204);
        String second = Api.taskOfProgram("ella", programId);
        assertThat(Api.postJson("ella", "/api/tasks/" + second + "/complete", "{\"decision\": \"APPROVE\"}").status())
                .isEqualTo(204);

        JsonObject approved = Api.get("aude", intentPath).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getJsonArray("deliverables").getJsonObject(0).getString("metric"))
                .isEqualTo("Revenue from existing clients in segment mid-size DACH");
        assertThat(approved.getJsonArray("deliverables").getJsonObject(0).getJsonArray("teamNames").getString(0))
                .isEqualTo("North");
        // the programme takes the approval in the step after its savepoint
        JsonObject lineOfSight = Api.awaitJson("finn", "/api/programs/" + programId,
                los -> los.getString("phase").equals("INTENT_APPROVED"));
        assertThat(lineOfSight.getString("phase")).isEqualTo("INTENT_APPROVED");
        assertThat(lineOfSight.getJsonObject("intent").getJsonObject("decision").getString("status")).isEqualTo("APPROVED");
        assertThat(lineOfSight.getJsonObject("intent").getJsonObject("decision").getString("decidedBy")).isEqualTo("ella");
        JsonObject deliverable = lineOfSight.getJsonObject("intent").getJsonArray("deliverables").getJsonObject(0);
        assertThat(deliverable.getJsonArray("teams").getJsonObject(0).getString("name")).isEqualTo("North");
        assertThat(deliverable.getJsonArray("teams").getJsonObject(0).getString("leaderName")).isEqualTo("Lena Lindqvist");
        assertThat(lineOfSight.getJsonObject("values").getJsonObject("decision").getString("status")).isEqualTo("DRAFT");
        assertThat(lineOfSight.getJsonObject("plan").getString("status")).isEqualTo("NOT_STARTED");
        assertThat(Api.get("sara", "/api/programs/" + programId).status()).as("salespeople see their own data").isEqualTo(403);
        assertThat(decisionsAbout(programId, "INTENT_REJECTED")).isEqualTo(1);
        assertThat(decisionsAbout(programId, "INTENT_APPROVED")).isEqualTo(1);
        assertThat(Api.putJson("leo", intentPath, Api.validIntent()).status()).as("approved: immutable").isEqualTo(409);
    }

    @Test
    @DisplayName("Submitting an intent without deliverables is refused with the field, and the task stays open")
    void submitNeedsDeliverables() throws Exception {
        Api.Reply started = Api.postJson("lena", "/api/programs", "{\"name\": \"Empty " + UUID.randomUUID()
                + "\", \"horizonMonths\": 12}");
        long programId = started.json().getJsonNumber("id").longValue();
        String draft = Api.taskOfProgram("lena", programId);

        Api.Reply refused = Api.complete("lena", draft);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldsOf(refused)).containsEntry("deliverables", "Give 1 to 5 deliverables.");
        assertThat(engine().getTaskService().createTaskQuery().taskId(draft).singleResult()).isNotNull();
        assertThat(decisions(draft, "TASK_COMPLETED")).isZero();
    }

    /**
     * One programme per rule table, shared by its rows: a refused draft stores nothing, so each row
     * meets the same state (the rules themselves, row by row, are unit tests of the aggregates).
     */
    private static final java.util.Map<String, Long> ruleFixtures = new java.util.concurrent.ConcurrentHashMap<>();

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> vagueOrIncompleteDeliverables() {
        String due = java.time.LocalDate.now().plusMonths(6).toString();
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("\"metric\": \"Revenue from existing clients in segment X\"", "\"metric\": \"grow\"", "deliverables[1].metric"),
                org.junit.jupiter.params.provider.Arguments.of("\"metric\": \"Revenue from existing clients in segment X\"", "\"metric\": \"Be the best!\"", "deliverables[1].metric"),
                org.junit.jupiter.params.provider.Arguments.of("\"target\": 12", "\"target\": 10", "deliverables[1].target"),
                org.junit.jupiter.params.provider.Arguments.of("\"dueDate\": \"" + due + "\"", "\"dueDate\": \"2099-01-01\"", "deliverables[1].dueDate"),
                org.junit.jupiter.params.provider.Arguments.of("\"dueDate\": \"" + due + "\"", "\"dueDate\": \"2020-01-01\"", "deliverables[1].dueDate"),
                org.junit.jupiter.params.provider.Arguments.of("\"teams\": [1]", "\"teams\": [999999]", "deliverables[1].teams"),
                org.junit.jupiter.params.provider.Arguments.of("\"teams\": [1]", "\"teams\": []", "deliverables[1].teams"),
                org.junit.jupiter.params.provider.Arguments.of("\"customerGroup\": \"Mid-size manufacturers\"", "\"customerGroup\": \" \"", "deliverables[1].customerGroup"),
                org.junit.jupiter.params.provider.Arguments.of("\"kind\": \"REVENUE_GROWTH\"", "\"kind\": \"VIBES\"", "deliverables[1].kind"),
                org.junit.jupiter.params.provider.Arguments.of("\"unit\": \"%\"", "\"unit\": \"\"", "deliverables[1].unit"),
                org.junit.jupiter.params.provider.Arguments.of("\"baseline\": 10", "\"baseline\": \"ten\"", "deliverables[1].baseline"),
                org.junit.jupiter.params.provider.Arguments.of("\"baseline\": 10", "\"baseline\": null", "deliverables[1].baseline"),
                org.junit.jupiter.params.provider.Arguments.of("\"dueDate\": \"" + due + "\"", "\"dueDate\": \"31.12.2027\"", "deliverables[1].dueDate"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.MethodSource("vagueOrIncompleteDeliverables")
    @DisplayName("A vague or incomplete deliverable is refused naming its field; the draft keeps what it had")
    void deliverableRules(String valid, String broken, String field) {
        long programId = ruleFixtures.computeIfAbsent("intent", k -> Api.startProgram("lena", "Rules " + UUID.randomUUID()));
        String intentPath = "/api/programs/" + programId + "/intent";
        String before = Api.get("lena", intentPath).json().toString();
        assertThat(Api.validIntent()).contains(valid);

        Api.Reply refused = Api.putJson("lena", intentPath, Api.validIntent().replace(valid, broken));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldsOf(refused)).containsKey(field);
        assertThat(Api.get("lena", intentPath).json().toString()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @DisplayName("Results: figures of the approved intent's deliverables recorded by sales leaders (API, CSV all or none), read against the target; projected short, a deliverable is at risk: the sales leaders respond once a quarter, executives see it")
    void deliverableResults() throws Exception {
        long programId = Api.startProgram("lena", "Results " + UUID.randomUUID());
        String results = "/api/programs/" + programId + "/results";
        String actuals = "/api/programs/" + programId + "/deliverables/1/actuals";
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(Api.get("eric", results).jsonArray()).as("no approved intent yet").isEmpty();
        assertThat(Api.postJson("lena", actuals, "{\"asOf\": \"" + today + "\", \"value\": 10.5}").status()).isEqualTo(409);
        assertThat(Api.complete("lena", Api.taskOfProgram("lena", programId)).status()).isEqualTo(204);
        approve("eric", programId);

        // refusals: by role before the body, then field by field
        assertThat(Api.postJson("finn", actuals, "{}").status()).as("finance reads only").isEqualTo(403);
        assertThat(Api.get("sara", results).status()).as("salespeople do not read it").isEqualTo(403);
        Api.Reply refused = Api.postJson("lena", actuals, "{\"team\": 999, \"asOf\": \"" + today.plusDays(1)
                + "\", \"source\": \"" + "x".repeat(201) + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldsOf(refused)).containsOnlyKeys("team", "asOf", "value", "source");

        // two figures a month apart that barely move: the line misses 12 % by the due date
        assertThat(Api.postJson("lena", actuals, "{\"asOf\": \"" + today.minusDays(30) + "\", \"value\": 10.1,"
                + " \"source\": \"CRM\"}").status()).isEqualTo(201);
        JsonObject first = Api.get("eric", results).jsonArray().getJsonObject(0);
        assertThat(first.getBoolean("atRisk")).as("one figure before the approval: no trend yet").isFalse();
        Api.Reply second = Api.postJson("leo", actuals, "{\"asOf\": \"" + today + "\", \"value\": 10.2}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().getBoolean("atRisk")).isTrue();
        assertThat(Api.postJson("lena", actuals, "{\"asOf\": \"" + today + "\", \"value\": 11}").status())
                .as("that day's figure stands").isEqualTo(409);

        // a CRM export: a bad row refuses the file, nothing of it is stored
        Api.Reply badFile = Api.post("lena", "/api/programs/" + programId + "/actuals", "text/csv",
                "deliverable,team,date,value\n1,North," + today.minusDays(1) + ",10.15\n7,," + today + ",1\n1,,"
                        + today.minusDays(2) + ",ten\n");
        assertThat(badFile.status()).isEqualTo(400);
        assertThat(fieldsOf(badFile)).containsOnlyKeys("rows[3].deliverable", "rows[4].value");
        assertThat(Api.get("eric", results).jsonArray().getJsonObject(0).getJsonArray("series")).as("nothing stored").hasSize(1);
        Api.Reply file = Api.post("lena", "/api/programs/" + programId + "/actuals", "text/csv",
                "deliverable,team,date,value,source\nRevenue from existing clients in segment X,North," + today.minusDays(1)
                        + ",10.15,CRM export\n");
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.json().getInt("recorded")).isEqualTo(1);

        JsonObject seen = Api.get("eric", results).jsonArray().getJsonObject(0);
        assertThat(seen.getBoolean("atRisk")).as("executives see it").isTrue();
        assertThat(seen.getJsonArray("series").getValuesAs(JsonObject.class))
                .extracting(series -> series.isNull("teamName") ? "all" : series.getString("teamName"))
                .containsExactly("all", "North");
        assertThat(seen.getJsonArray("series").getJsonObject(0).getJsonArray("actuals")).hasSize(2);

        // the sales leaders were asked once this quarter, however often it was at risk
        var raised = engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("deliverable-at-risk")
                .processInstanceBusinessKey(Long.toString(programId)).list();
        assertThat(raised).hasSize(1);
        assertThat(decisionsAbout(programId, "DELIVERABLE_AT_RISK")).isEqualTo(1);
        String response = taskNamed("leo", programId, "Respond to an at-risk deliverable");
        Api.Reply incomplete = Api.postJson("leo", "/api/tasks/" + response + "/complete", "{\"action\": \"Weekly pipeline review\"}");
        assertThat(fieldsOf(incomplete)).containsOnlyKeys("owner", "actionDue");
        assertThat(Api.postJson("leo", "/api/tasks/" + response + "/complete", "{\"action\": \"Weekly pipeline review\","
                + " \"owner\": \"Leo Brandt\", \"actionDue\": \"" + today.plusDays(14) + "\"}").status()).isEqualTo(204);
        assertThat(decisionsAbout(programId, "DELIVERABLE_RESPONSE_RECORDED")).isEqualTo(1);
        JsonObject answered = Api.get("eric", results).jsonArray().getJsonObject(0).getJsonArray("responses").getJsonObject(0);
        assertThat(answered.getString("action")).isEqualTo("Weekly pipeline review");
        assertThat(answered.getString("owner")).isEqualTo("Leo Brandt");
        assertThat(answered.getString("respondedBy")).isEqualTo("Leo Brandt");
        assertThat(decisionsAbout(programId, "ACTUALS_RECORDED")).as("two figures and one file").isEqualTo(3);
        assertThat(WebSession.signIn("eric", "en").get("/results.xhtml?program=" + programId))
                .contains("Revenue from existing clients in segment X").contains("at risk").contains("CRM export")
                .contains("Weekly pipeline review");
    }

    @Test
    @DisplayName("A savepoint after each set-up step: the executive's approval commits on its own; the next step starts in a job of its own")
    void approvalStandsOnItsOwn() throws Exception {
        long programId = Api.startProgram("lena", "Savepoint " + UUID.randomUUID());
        assertThat(Api.complete("lena", Api.taskOfProgram("lena", programId)).status()).isEqualTo(204);
        var management = engine().getManagementService();
        management.suspendJobDefinitionByProcessDefinitionKey("culture-program", true); // the next step's job waits
        try {
            Api.approve("eric", programId);
            assertThat(Api.get("aude", "/api/programs/" + programId + "/intent").json().getString("status"))
                    .as("the approval committed").isEqualTo("APPROVED");
            String programme = engine().getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("culture-program")
                    .singleResult().getId();
            assertThat(management.createJobQuery().processInstanceId(programme).singleResult())
                    .as("the programme goes on in a job of its own").satisfies(job -> assertThat(job.isSuspended()).isTrue());
            assertThat(Api.taskOfProgramNow("lena", programId)).as("not before that job runs").isNull();
        } finally {
            management.activateJobDefinitionByProcessDefinitionKey("culture-program", true);
        }
        assertThat(Api.get("lena", "/api/tasks/" + Api.taskOfProgram("lena", programId)).json().getString("name"))
                .isEqualTo("Choose the top 3 values");
    }

    @Test
    @DisplayName("Values: three chosen, approved, then each salesperson with an account acknowledges the version; the programme follows")
    void valuesChosenApprovedAcknowledged() throws Exception {
        long programId = Api.startProgram("leo", "Values " + UUID.randomUUID());
        assertThat(Api.complete("leo", Api.taskOfProgram("leo", programId)).status()).isEqualTo(204);
        assertThat(Api.postJson("eric", "/api/tasks/" + Api.taskOfProgram("eric", programId) + "/complete",
                "{\"decision\": \"APPROVE\"}").status()).isEqualTo(204);

        String draftValues = Api.taskOfProgram("lena", programId);
        assertThat(Api.get("lena", "/api/tasks/" + draftValues).json().getString("name")).isEqualTo("Choose the top 3 values");
        Api.Reply noValues = Api.complete("lena", draftValues);
        assertThat(fieldsOf(noValues)).containsEntry("values", "Give exactly 3 values; there are 0.");
        String valuesPath = "/api/programs/" + programId + "/values";
        assertThat(Api.putJson("lena", valuesPath, Api.validValues()).status()).isEqualTo(200);
        assertThat(Api.complete("lena", draftValues).status()).isEqualTo(204);
        assertThat(Api.putJson("lena", valuesPath, Api.validValues()).status()).as("submitted").isEqualTo(409);
        assertThat(Api.postJson("ella", "/api/tasks/" + Api.taskOfProgram("ella", programId) + "/complete",
                "{\"decision\": \"APPROVE\"}").status()).isEqualTo(204);
        assertThat(Api.get("leo", "/api/programs/" + programId).json().getString("phase")).isEqualTo("VALUES_APPROVED");

        // each is asked in a process of their own, whose start is a savepoint: their tasks come a moment later
        String sarasTask = awaitTaskOfProgram("sara", programId);
        String svensTask = awaitTaskOfProgram("sven", programId);
        assertThat(sarasTask).as("a task for sara").isNotNull().isNotEqualTo(svensTask);
        assertThat(Api.get("sara", "/api/tasks/" + sarasTask).json().getString("assignee")).isEqualTo("sara");
        assertThat(Api.get("sara", valuesPath).json().getJsonArray("values")).as("she reads the charter").hasSize(3);
        assertThat(fieldsOf(Api.postJson("sara", "/api/tasks/" + sarasTask + "/complete", "{\"acknowledged\": false}")))
                .containsEntry("acknowledged", "Confirm that you have read the values charter.");
        assertThat(Api.postJson("sven", "/api/tasks/" + sarasTask + "/complete", "{\"acknowledged\": true}").status())
                .as("not sven's to acknowledge").isEqualTo(403);
        assertThat(Api.postJson("sara", "/api/tasks/" + sarasTask + "/complete", "{\"acknowledged\": true}").status())
                .isEqualTo(204);
        JsonObject acknowledged = Api.get("aude", valuesPath).json();
        assertThat(acknowledged.getJsonArray("acknowledgements").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("salesperson"), a -> a.getInt("charterVersion"))
                .containsExactly(tuple("Sara Svensson", 1));
        assertThat(Api.postJson("sven", "/api/tasks/" + svensTask + "/complete", "{\"acknowledged\": true}").status())
                .isEqualTo(204);
        assertThat(engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("values-acknowledgement")
                .count()).as("every acknowledgement in").isZero();
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("values-selection")
                .finished().count()).as("the set-up went on while salespeople acknowledged").isEqualTo(1);
        assertThat(decisions(sarasTask, "VALUES_ACKNOWLEDGED")).isEqualTo(1);
        assertThat(decisions(svensTask, "VALUES_ACKNOWLEDGED")).isEqualTo(1);
    }

    private static String awaitTaskOfProgram(String user, long programId) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            String task = Api.taskOfProgram(user, programId);
            if (task != null) {
                return task;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no task of programme " + programId + " for " + user + " within 10 s");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenValues() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("two values", "{\"values\": [{\"name\": \"A\", \"statement\": \"a\", \"behaviours\": [\"x\", \"y\"]}, {\"name\": \"B\", \"statement\": \"b\", \"behaviours\": [\"x\", \"y\"]}]}", "values"),
                org.junit.jupiter.params.provider.Arguments.of("same name twice", Api.validValues().replace("Spirited teamwork", "customer FIRST"), "values[3].name"),
                org.junit.jupiter.params.provider.Arguments.of("no name", Api.validValues().replace("\"Spirited teamwork\"", "\" \""), "values[3].name"),
                org.junit.jupiter.params.provider.Arguments.of("name of 61 characters", Api.validValues().replace("Spirited teamwork", "x".repeat(61)), "values[3].name"),
                org.junit.jupiter.params.provider.Arguments.of("no statement", Api.validValues().replace("We win together.", ""), "values[3].statement"),
                org.junit.jupiter.params.provider.Arguments.of("four values", Api.validValues().replace("]}]}", "]}, {\"name\": \"Fourth\", \"statement\": \"d\", \"behaviours\": [\"x\", \"y\"]}]}"), "values"),
                org.junit.jupiter.params.provider.Arguments.of("statement of 281 characters", Api.validValues().replace("We win together.", "x".repeat(281)), "values[3].statement"),
                org.junit.jupiter.params.provider.Arguments.of("one behaviour", Api.validValues().replace("\"Brings in the right colleague\", ", ""), "values[3].behaviours"),
                org.junit.jupiter.params.provider.Arguments.of("six behaviours", Api.validValues().replace("\"Brings in the right colleague\"", "\"a\", \"b\", \"c\", \"d\", \"e\""), "values[3].behaviours"),
                org.junit.jupiter.params.provider.Arguments.of("a blank behaviour", Api.validValues().replace("\"Brings in the right colleague\"", "\"  \""), "values[3].behaviours[1]"),
                org.junit.jupiter.params.provider.Arguments.of("behaviours not a list", Api.validValues().replace("[\"Brings in the right colleague\", \"Speaks well of colleagues\"]", "\"Brings in the right colleague\""), "values[3].behaviours"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("brokenValues")
    @DisplayName("Values that break a rule are refused naming the field; nothing is stored")
    void valuesRules(String problem, String body, String field) {
        long programId = ruleFixtures.computeIfAbsent("values", k -> Api.startProgram("lena", "Value rules " + UUID.randomUUID()));
        String valuesPath = "/api/programs/" + programId + "/values";

        Api.Reply refused = Api.putJson("lena", valuesPath, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldsOf(refused)).containsKey(field);
        assertThat(Api.get("lena", valuesPath).json().getJsonArray("values")).as("nothing stored").isEmpty();
    }

    /** A programme whose intent and values {@code drafter} drafted and eric approved: its plan is next. */
    private static long programmeWithApprovedValues(String drafter) {
        return Api.programmeWithApprovedValues(drafter);
    }

    private static void approve(String user, long programId) {
        Api.approve(user, programId);
    }

    private static void reject(String user, long programId, String reason) {
        assertThat(Api.postJson(user, "/api/tasks/" + Api.taskOfProgram(user, programId) + "/complete",
                "{\"decision\": \"REJECT\", \"reason\": \"" + reason + "\"}").status()).as("%s rejects", user).isEqualTo(204);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "HR {0}, Finance {1}")
    @org.junit.jupiter.params.provider.CsvSource({"REJECT, APPROVE", "APPROVE, REJECT", "REJECT, REJECT"})
    @DisplayName("Plan: a rejection by HR, by Finance or by both returns it with their reasons; reworked, it is approved and in force")
    void planReviewedInParallel(String hr, String finance) throws Exception {
        long programId = programmeWithApprovedValues("leo");
        String plan = "/api/programs/" + programId + "/plans/1";
        assertThat(Api.putJson("leo", plan, Api.validPlan()).status()).isEqualTo(200);
        assertThat(Api.complete("leo", Api.taskOfProgram("leo", programId)).status()).isEqualTo(204);
        assertThat(Api.get("leo", "/api/programs/" + programId).json().getString("phase")).isEqualTo("PLAN_IN_REVIEW");

        if ("REJECT".equals(hr)) {
            reject("hana", programId, "The base pay is not stated.");
        } else {
            approve("hana", programId);
        }
        assertThat(Api.taskOfProgramNow("leo", programId)).as("nothing back before both reviews are in").isNull();
        if ("REJECT".equals(finance)) {
            reject("finn", programId, "The budget does not allow 30 percent.");
        } else {
            approve("finn", programId);
        }
        JsonObject returned = Api.get("leo", plan).json();
        assertThat(returned.getString("status")).isEqualTo("REJECTED");
        assertThat(returned.getString("rejectionReason"))
                .contains("REJECT".equals(hr) ? "HR (hana): The base pay is not stated." : "")
                .contains("REJECT".equals(finance) ? "Finance (finn): The budget does not allow 30 percent." : "");
        assertThat(Api.taskOfProgramNow("eric", programId)).as("the executives never saw it").isNull();

        assertThat(Api.putJson("leo", plan, Api.validPlan().replace("\"variableShare\": 30", "\"variableShare\": 25"))
                .status()).isEqualTo(200);
        assertThat(Api.complete("leo", Api.taskOfProgram("leo", programId)).status()).isEqualTo(204);
        approve("hana", programId);
        approve("finn", programId);
        approve("ella", programId);

        JsonObject approved = Api.get("aude", plan).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getBoolean("inForce")).isTrue();
        assertThat(approved.getJsonNumber("variableShare").intValue()).isEqualTo(25);
        assertThat(Api.get("leo", "/api/programs/" + programId).json().getString("phase")).isEqualTo("PLAN_APPROVED");
        assertThat(Api.putJson("leo", plan, Api.validPlan()).status()).as("an approved plan is immutable").isEqualTo(409);
    }

    @Test
    @DisplayName("Plan versions: a change is a new version through the same approval; the old one stays in force meanwhile")
    void planVersions() throws Exception {
        long programId = programmeWithApprovedValues("lena");
        String plans = "/api/programs/" + programId + "/plans";
        assertThat(Api.post("lena", plans).status()).as("nothing approved to change yet").isEqualTo(409);
        assertThat(Api.putJson("lena", plans + "/1", Api.validPlan()).status()).isEqualTo(200);
        assertThat(Api.complete("lena", Api.taskOfProgram("lena", programId)).status()).isEqualTo(204);
        approve("hana", programId);
        approve("finn", programId);
        approve("eric", programId);
        var programmeProcess = engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("culture-program").singleResult();
        List<String> waitingAt = List.of();
        for (int attempt = 0; attempt < 100 && !waitingAt.contains("NextSurveyCycleDue"); attempt++) {
            Thread.sleep(100); // the step after the plan's savepoint schedules the first cycle
            waitingAt = engine().getRuntimeService().getActiveActivityIds(programmeProcess.getId());
        }
        assertThat(waitingAt).as("the set-up is done; the programme waits for its measurement phase")
                .containsExactly("NextSurveyCycleDue");

        Api.Reply second = Api.post("lena", plans);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().getInt("planVersion")).isEqualTo(2);
        assertThat(second.json().getJsonNumber("variableShare").intValue()).as("starts from the plan in force").isEqualTo(30);
        assertThat(Api.post("leo", plans).status()).as("one open version at a time").isEqualTo(409);
        assertThat(Api.putJson("lena", plans + "/2", Api.validPlan().replace("\"valuesShare\": 50", "\"valuesShare\": 60"))
                .status()).isEqualTo(200);
        assertThat(Api.get("finn", plans + "/1").json().getBoolean("inForce")).as("v1 in force meanwhile").isTrue();

        assertThat(Api.complete("lena", Api.taskOfProgram("lena", programId)).status()).isEqualTo(204);
        approve("hana", programId);
        approve("finn", programId);
        approve("ella", programId);
        List<JsonObject> versions = Api.get("aude", plans).jsonArray().getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getInt("planVersion"), v -> v.getString("status"), v -> v.getBoolean("inForce"))
                .containsExactly(tuple(1, "APPROVED", false), tuple(2, "APPROVED", true));
        assertThat(versions.get(0).getJsonNumber("valuesShare").intValue()).as("history keeps v1 as it was").isEqualTo(50);
        JsonObject lineOfSight = Api.get("aude", "/api/programs/" + programId).json();
        assertThat(lineOfSight.getJsonObject("plan").getJsonObject("inForce").getInt("planVersion")).isEqualTo(2);
        List<JsonObject> processes = lineOfSight.getJsonArray("processes").getValuesAs(JsonObject.class);
        String programme = lineOfSight.getString("processInstanceId");
        assertThat(processes).extracting(p -> p.getString("key")).filteredOn(key -> !key.equals("values-acknowledgement"))
                .containsExactlyInAnyOrder("culture-program", "strategic-intent", "values-selection", "comp-plan-approval",
                        "pay-period", "comp-plan-approval");
        long asked = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(Long.toString(programId)).processDefinitionKey("values-acknowledgement").count();
        assertThat(asked).as("one per salesperson with an account, sara and sven among them").isGreaterThanOrEqualTo(2);
        assertThat(processes).filteredOn(p -> p.getString("key").equals("values-acknowledgement")).hasSize((int) asked);
        assertThat(processes).filteredOn(p -> List.of("strategic-intent", "values-selection").contains(p.getString("key")))
                .as("called by the programme's process").hasSize(2).allSatisfy(p -> assertThat(p.getString("calledBy")).isEqualTo(programme));
        assertThat(processes).filteredOn(p -> p.getString("key").equals("culture-program")).singleElement()
                .satisfies(p -> assertThat(p.getString("processInstanceId")).isEqualTo(programme));
    }

    @Test
    @DisplayName("Four eyes on every approval of the set-up, for people holding several roles: the drafter of the intent, the values and the plan approves none of them, reviews no plan; one person gives one of HR's, Finance's and the executive's word on a plan, never two")
    void fourEyesOnEverySetUpApproval() throws Exception {
        account("omni", "sales-leader", "executive", "hr", "finance");
        account("hexa", "hr", "finance", "executive");
        long programId = Api.startProgram("omni", "Four eyes " + UUID.randomUUID());
        assertThat(Api.complete("omni", Api.taskOfProgram("omni", programId)).status()).isEqualTo(204);
        refusedToOmni(programId, "Approve strategic intent");
        approve("eric", programId);
        assertThat(Api.putJson("omni", "/api/programs/" + programId + "/values", Api.validValues()).status()).isEqualTo(200);
        assertThat(Api.complete("omni", Api.taskOfProgram("omni", programId)).status()).isEqualTo(204);
        refusedToOmni(programId, "Approve the values");
        approve("ella", programId);
        assertThat(Api.putJson("omni", "/api/programs/" + programId + "/plans/1", Api.validPlan()).status()).isEqualTo(200);
        assertThat(Api.complete("omni", Api.taskOfProgram("omni", programId)).status()).isEqualTo(204);
        String hrReview = taskNamed("hana", programId, "HR review of the compensation plan");
        String financeReview = taskNamed("finn", programId, "Finance review of the compensation plan");
        for (String review : List.of(hrReview, financeReview)) {
            assertThat(Api.postJson("omni", "/api/tasks/" + review + "/complete", "{\"decision\": \"APPROVE\"}").status())
                    .as("the plan's drafter reviews it").isEqualTo(403);
        }
        // hexa (HR, Finance and executive) gives HR's word; not Finance's too, nor the executive's
        assertThat(Api.postJson("hexa", "/api/tasks/" + hrReview + "/complete", "{\"decision\": \"APPROVE\"}").status())
                .isEqualTo(204);
        assertThat(Api.postJson("hexa", "/api/tasks/" + financeReview + "/complete", "{\"decision\": \"APPROVE\"}").status())
                .as("HR's reviewer gives Finance's word too").isEqualTo(403);
        approve("finn", programId);
        String approval = taskNamed("eric", programId, "Approve the compensation plan");
        for (String user : List.of("omni", "hexa")) {
            assertThat(Api.postJson(user, "/api/tasks/" + approval + "/complete", "{\"decision\": \"APPROVE\"}").status())
                    .as("%s approves", user).isEqualTo(403);
        }
        assertThat(decisions(approval, "FOUR_EYES_REFUSED")).isEqualTo(2);
        approve("eric", programId);
        assertThat(Api.get("aude", "/api/programs/" + programId + "/plans/1").json().getString("status")).isEqualTo("APPROVED");
    }

    private static void refusedToOmni(long programId, String taskName) throws Exception {
        String task = taskNamed("eric", programId, taskName);
        Api.Reply refused = Api.postJson("omni", "/api/tasks/" + task + "/complete", "{\"decision\": \"APPROVE\"}");
        assertThat(refused.status()).as("%s by its drafter", taskName).isEqualTo(403);
        assertThat(refused.firstErrorMessage()).contains("Four eyes");
        assertThat(decisions(task, "FOUR_EYES_REFUSED")).isEqualTo(1);
    }

    /** The programme's open task of that name in {@code user}'s inbox. */
    private static String taskNamed(String user, long programId, String name) {
        String first = Api.taskOfProgram(user, programId); // waits for the step to start
        assertThat(first).as("a task for %s", user).isNotNull();
        return Api.get(user, "/api/tasks?program=" + programId).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(task -> task.getString("name").equals(name)).findFirst().orElseThrow().getString("id");
    }

    /** An account (password: demo) holding these groups, once. */
    private static void account(String username, String... groups) throws Exception {
        try (Connection connection = dataSource().getConnection()) {
            try (PreparedStatement user = connection.prepareStatement("insert into app_user (username, display_name, email,"
                    + " password_hash, language) select ?, ?, ?, password_hash, 'en' from app_user where username = 'lena'"
                    + " and not exists (select 1 from app_user where username = ?)")) {
                user.setString(1, username);
                user.setString(2, "Multi " + username);
                user.setString(3, username + "@culture.example");
                user.setString(4, username);
                user.executeUpdate();
            }
            for (String group : groups) {
                try (PreparedStatement member = connection.prepareStatement("insert into app_user_group (username, group_name)"
                        + " select ?, ? where not exists (select 1 from app_user_group where username = ? and group_name = ?)")) {
                    member.setString(1, username);
                    member.setString(2, group);
                    member.setString(3, username);
                    member.setString(4, group);
                    member.executeUpdate();
                }
            }
        }
    }

    @Test
    @DisplayName("Four eyes on the plan: its drafter, also an executive, may not approve it (API and page); the attempt is logged")
    void planDrafterNeverApproves() throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement user = connection.prepareStatement("insert into app_user (username, display_name, email,"
                     + " password_hash, language) select 'dual', 'Dana Dual', 'dual@culture.example', password_hash, 'en'"
                     + " from app_user where username = 'lena' and not exists (select 1 from app_user where username = 'dual')");
             PreparedStatement groups = connection.prepareStatement("insert into app_user_group (username, group_name)"
                     + " select 'dual', g from (select 'sales-leader' as g union all select 'executive') d"
                     + " where not exists (select 1 from app_user_group where username = 'dual' and group_name = d.g)")) {
            user.executeUpdate();
            groups.executeUpdate();
        }
        long programId = programmeWithApprovedValues("lena");
        assertThat(Api.putJson("dual", "/api/programs/" + programId + "/plans/1", Api.validPlan()).status()).isEqualTo(200);
        assertThat(Api.complete("dual", Api.taskOfProgram("dual", programId)).status()).isEqualTo(204);
        approve("hana", programId);
        approve("finn", programId);

        String approval = Api.taskOfProgram("eric", programId);
        Api.Reply refused = Api.postJson("dual", "/api/tasks/" + approval + "/complete", "{\"decision\": \"APPROVE\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.firstErrorMessage()).contains("Four eyes");
        assertThat(WebSession.signIn("dual", "en").press("/task.xhtml?id=" + approval, "task", "claim"))
                .as("the page refuses too").contains("Four eyes: you completed");
        assertThat(decisions(approval, "FOUR_EYES_REFUSED")).isEqualTo(2);
        approve("eric", programId);
        assertThat(Api.get("dual", "/api/programs/" + programId + "/plans/1").json().getString("status")).isEqualTo("APPROVED");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenPlans() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("\"variableShare\": 30", "\"variableShare\": 0", "variableShare"),
                org.junit.jupiter.params.provider.Arguments.of("\"variableShare\": 30", "\"variableShare\": 101", "variableShare"),
                org.junit.jupiter.params.provider.Arguments.of("\"valuesShare\": 50", "\"valuesShare\": -5", "valuesShare"),
                org.junit.jupiter.params.provider.Arguments.of("\"Spirited teamwork\": 25", "\"Spirited teamwork\": 20", "weights"),
                org.junit.jupiter.params.provider.Arguments.of("\"Spirited teamwork\": 25", "\"Spirited teamwork\": 0, \"Other\": 25", "weights"),
                org.junit.jupiter.params.provider.Arguments.of("\"Customer first\": 35, \"Spirited teamwork\": 25", "\"Customer first\": 60, \"Spirited teamwork\": 0", "weights[Spirited teamwork]"),
                org.junit.jupiter.params.provider.Arguments.of("\"effectiveDate\": \"", "\"effectiveDate\": \"2020-01-01\", \"x\": \"", "effectiveDate"),
                org.junit.jupiter.params.provider.Arguments.of("\"variableShare\": 30", "\"variableShare\": \"thirty\"", "variableShare"),
                org.junit.jupiter.params.provider.Arguments.of("\"variableShare\": 30", "\"variableShare\": null", "variableShare"),
                org.junit.jupiter.params.provider.Arguments.of("\"valuesShare\": 50", "\"valuesShare\": 100.5", "valuesShare"),
                org.junit.jupiter.params.provider.Arguments.of("\"effectiveDate\": \"", "\"effectiveDate\": null, \"x\": \"", "effectiveDate"),
                org.junit.jupiter.params.provider.Arguments.of("\"weights\": {", "\"weights\": {\"Deep relationships\": \"forty\"}, \"y\": {", "weights"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.MethodSource("brokenPlans")
    @DisplayName("A plan that breaks a rule is refused naming the field; nothing is stored")
    void planRules(String valid, String broken, String field) {
        long programId = ruleFixtures.computeIfAbsent("plan", k -> programmeWithApprovedValues("leo"));
        String plan = "/api/programs/" + programId + "/plans/1";

        Api.Reply refused = Api.putJson("leo", plan, Api.validPlan().replace(valid, broken));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fieldsOf(refused)).containsKey(field);
        assertThat(Api.get("leo", plan).status()).as("nothing stored").isEqualTo(404);
    }

    @Test
    @DisplayName("Saved filters belong to their owner, are checked like a search and count live")
    void savedFiltersWithLiveCounts() {
        String name = "Programme tasks " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply saved = Api.postJson("lena", "/api/filters",
                "{\"name\": \"" + name + "\", \"process\": \"strategic-intent\", \"q\": \"strategic\"}");
        assertThat(saved.status()).isEqualTo(201);
        long id = saved.json().getJsonNumber("id").longValue();
        assertThat(saved.location()).endsWith("/api/filters/" + id);
        long before = countOf("lena", name);
        assertThat(before).as("the same number the search finds")
                .isEqualTo(Api.get("lena", "/api/tasks?process=strategic-intent&q=strategic").totalCount());

        Api.startProgram("leo", "Counted " + UUID.randomUUID());
        assertThat(countOf("lena", name)).as("a new task of her groups counts at once").isEqualTo(before + 1);

        Api.Reply duplicate = Api.postJson("lena", "/api/filters", "{\"name\": \"" + name + "\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.firstErrorMessage()).contains("already have a filter named");
        assertThat(fieldsOf(Api.postJson("lena", "/api/filters", "{\"name\": \" \", \"due\": \"someday\"}")))
                .containsKeys("due");
        assertThat(fieldsOf(Api.postJson("lena", "/api/filters", "{\"name\": \" \"}"))).containsKey("name");
        assertThat(Api.postJson("lena", "/api/filters", "{\"name\": \"Everything\", \"scope\": \"all\"}").status())
                .as("a scope she may not search, she may not save").isEqualTo(403);

        assertThat(Api.get("leo", "/api/filters").jsonArray().getValuesAs(JsonObject.class))
                .noneMatch(filter -> filter.getString("name").equals(name));
        assertThat(Api.delete("leo", "/api/filters/" + id).status()).as("not his").isEqualTo(404);
        assertThat(Api.delete("lena", "/api/filters/" + id).status()).isEqualTo(204);
        assertThat(Api.get("lena", "/api/filters").jsonArray().getValuesAs(JsonObject.class))
                .noneMatch(filter -> filter.getString("name").equals(name));
    }

    private static long countOf(String user, String filterName) {
        return Api.get(user, "/api/filters").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(filter -> filter.getString("name").equals(filterName)).findFirst().orElseThrow()
                .getJsonNumber("count").longValue();
    }

    private static Map<String, String> fieldsOf(Api.Reply reply) {
        Map<String, String> messages = new HashMap<>();
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .forEach(error -> messages.put(error.getString("field"), error.getString("message")));
        return messages;
    }

    @Test
    @DisplayName("The decision log is one unbroken hash chain, in order, with one entry per action")
    void decisionLogIsAChain() throws Exception {
        long programId = Api.startProgram("leo", "Chain " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("leo", programId);
        Api.post("leo", "/api/tasks/" + taskId + "/claim");
        Api.complete("leo", taskId);

        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select seq, previous_hash, entry_hash, actor, decision from decision_log order by seq");
             ResultSet rows = statement.executeQuery()) {
            long expectedSeq = 1;
            String previous = "0".repeat(64);
            List<String> leosLast = new ArrayList<>();
            while (rows.next()) {
                assertThat(rows.getLong("seq")).isEqualTo(expectedSeq++);
                assertThat(rows.getString("previous_hash")).as("entry %d links", rows.getLong("seq")).isEqualTo(previous);
                previous = rows.getString("entry_hash");
                if ("leo".equals(rows.getString("actor"))) {
                    leosLast.add(rows.getString("decision"));
                }
            }
            assertThat(expectedSeq).as("entries exist").isGreaterThan(3);
            assertThat(leosLast.subList(leosLast.size() - 4, leosLast.size()))
                    .containsExactly("PROGRAM_STARTED", "TASK_CLAIMED", "TASK_COMPLETED", "INTENT_SUBMITTED");
        }
    }

    @Test
    @DisplayName("Four eyes: the proposer may not approve, the initiator may not confirm; refusals are logged")
    void fourEyesRefusesTheSamePerson() throws Exception {
        engine().getRepositoryService().createDeployment().name("it-four-eyes").enableDuplicateFiltering(true)
                .addString("it-four-eyes.bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="it">
                          <process id="it-four-eyes" isExecutable="true" camunda:historyTimeToLive="P1D">
                            <startEvent id="start"/>
                            <sequenceFlow id="f1" sourceRef="start" targetRef="Propose"/>
                            <userTask id="Propose" name="Propose" camunda:candidateGroups="sales-leader"/>
                            <sequenceFlow id="f2" sourceRef="Propose" targetRef="Approve"/>
                            <userTask id="Approve" name="Approve" camunda:candidateGroups="sales-leader">
                              <extensionElements><camunda:properties>
                                <camunda:property name="fourEyes" value="notCompleterOf:Propose"/>
                              </camunda:properties></extensionElements>
                            </userTask>
                            <sequenceFlow id="f3" sourceRef="Approve" targetRef="Confirm"/>
                            <userTask id="Confirm" name="Confirm" camunda:candidateGroups="sales-leader">
                              <extensionElements><camunda:properties>
                                <camunda:property name="fourEyes" value="notInitiator"/>
                              </camunda:properties></extensionElements>
                            </userTask>
                            <sequenceFlow id="f4" sourceRef="Confirm" targetRef="end"/>
                            <endEvent id="end"/>
                          </process>
                        </definitions>
                        """).deploy();
        engine().getIdentityService().setAuthentication("leo", List.of("sales-leader"));
        String instance;
        try {
            instance = engine().getRuntimeService().startProcessInstanceByKey("it-four-eyes").getId();
        } finally {
            engine().getIdentityService().clearAuthentication();
        }

        assertThat(Api.post("lena", "/api/tasks/" + openTask(instance, "Propose") + "/complete").status()).isEqualTo(204);

        String approve = openTask(instance, "Approve");
        Api.Reply refused = Api.post("lena", "/api/tasks/" + approve + "/complete");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.firstErrorMessage()).contains("Four eyes").contains("Propose");
        assertThat(Api.post("lena", "/api/tasks/" + approve + "/claim").status()).isEqualTo(403);
        assertThat(WebSession.signIn("lena", "en").press("/task.xhtml?id=" + approve, "task", "claim"))
                .as("the page refuses too").contains("Four eyes: you completed \u201cPropose\u201d in this case");
        assertThat(WebSession.signIn("lena", "de").press("/task.xhtml?id=" + approve, "task", "complete"))
                .as("in the reader's language").contains("Vier Augen: Sie haben \u201ePropose\u201c in diesem Fall erledigt");
        assertThat(decisions(approve, "FOUR_EYES_REFUSED")).as("every attempt logged").isEqualTo(4);
        assertThat(engine().getTaskService().createTaskQuery().taskId(approve).singleResult().getAssignee()).isNull();
        assertThat(Api.post("leo", "/api/tasks/" + approve + "/complete").status()).isEqualTo(204);

        String confirm = openTask(instance, "Confirm");
        Api.Reply initiator = Api.post("leo", "/api/tasks/" + confirm + "/complete");
        assertThat(initiator.status()).as("leo started the case").isEqualTo(403);
        assertThat(initiator.firstErrorMessage()).contains("you started this case");
        assertThat(Api.post("lena", "/api/tasks/" + confirm + "/complete").status()).isEqualTo(204);
        assertThat(decisions(confirm, "FOUR_EYES_REFUSED")).isEqualTo(1);
    }

    @Test
    @DisplayName("Deadlines: a reminder as the due date nears, escalation to executives when overdue, each mailed once (engine clock moved)")
    void remindersAndEscalation() throws Exception {
        long programId = Api.startProgram("lena", "Deadline " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);
        java.time.Instant now = java.time.Instant.now();
        engine().getTaskService().setDueDate(taskId, java.util.Date.from(now.plus(java.time.Duration.ofHours(2))));
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(now));
            runDeadlineCheck();
            runDeadlineCheck();
            assertThat(recipients(outboxKeys("reminder:" + taskId + ":"))).as("every sales leader (lena, leo, ...), once each")
                    .contains("lena", "leo").containsExactlyInAnyOrderElementsOf(members("sales-leader"));
            assertThat(outboxKeys("escalation:" + taskId + ":")).as("not overdue yet").isEmpty();

            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(now.plus(java.time.Duration.ofHours(27))));
            runDeadlineCheck();
            runDeadlineCheck();
            assertThat(recipients(outboxKeys("escalation:" + taskId + ":"))).as("the executives (eric, ella, ...), once each")
                    .contains("eric", "ella").containsExactlyInAnyOrderElementsOf(members("executive"));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
            // the sweep's next turn, scheduled in the moved time, back to its 15 minutes
            var management = engine().getManagementService();
            java.util.Date soon = java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofMinutes(15)));
            management.createJobQuery().processDefinitionKey("task-deadlines").timers().duedateHigherThan(soon).list()
                    .forEach(job -> management.setJobDuedate(job.getId(), soon));
        }
    }

    @Test
    @DisplayName("Evidence: typed by its bytes, at most 10 MB, SHA-256 recorded, downloadable by those who see the task")
    void evidenceAttachments() throws Exception {
        long programId = Api.startProgram("lena", "Evidence " + UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);
        String attachments = "/api/tasks/" + taskId + "/attachments";
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));

        Api.Reply attached = Api.postBytes("lena", attachments + "?name=deliverables.pdf", "application/pdf", pdf);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(attached.json().getString("sha256")).isEqualTo(sha256);
        assertThat(attached.json().getString("uploadedBy")).isEqualTo("lena");
        String evidenceId = attached.json().getString("id");
        assertThat(Api.download("leo", attachments + "/" + evidenceId)).isEqualTo(pdf);
        assertThat(Api.get("hana", attachments + "/" + evidenceId).status()).isEqualTo(403);

        Api.Reply lying = Api.postBytes("lena", attachments + "?name=notes.pdf", "application/pdf",
                "just some text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(lying.status()).isEqualTo(400);
        assertThat(lying.firstErrorMessage()).contains("not application/pdf");
        assertThat(Api.postBytes("lena", attachments + "?name=empty.pdf", "application/pdf", new byte[0]).status()).isEqualTo(400);
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, oversized, 0, pdf.length);
        Api.Reply tooBig = Api.postBytes("lena", attachments + "?name=big.pdf", "application/pdf", oversized);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.firstErrorMessage()).contains("10 MB");
        assertThat(Api.postBytes("lena", attachments + "?name=tool.exe", "application/x-msdownload", pdf).status()).isEqualTo(400);
        assertThat(Api.postBytes("aude", attachments + "?name=audit.pdf", "application/pdf", pdf).status()).isEqualTo(403);

        assertThat(Api.get("lena", attachments).jsonArray()).as("only the valid file was stored").hasSize(1);
        assertThat(decisions(taskId, "EVIDENCE_ATTACHED")).isEqualTo(1);
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select evidence_hashes from decision_log where task_id = ? and decision = 'EVIDENCE_ATTACHED'")) {
            statement.setString(1, taskId);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(sha256);
            }
        }
    }

    /** Expected status of each task action, per user, on an open, unclaimed task of the group sales-leader. */
    private static final Map<String, Map<String, Integer>> PERMISSIONS = new LinkedHashMap<>();

    static {
        //                                  lena (member)   hana (hr)  aude (auditor)  adam (admin)  sara (salesperson)  eric (executive)  finn (finance)
        permissions("get",        200, 403, 200, 200, 403, 403, 403);
        permissions("claim",      200, 403, 403, 403, 403, 403, 403);
        permissions("unclaim",    200, 403, 403, 200, 403, 403, 403);
        permissions("complete",   204, 403, 403, 403, 403, 403, 403);
        permissions("reassign",   200, 403, 403, 200, 403, 403, 403);
        permissions("delegate",   409, 403, 403, 403, 403, 403, 403);
        permissions("dates",      200, 403, 403, 200, 403, 403, 403);
        permissions("comment",    201, 403, 403, 201, 403, 403, 403);
        permissions("attach",     201, 403, 403, 403, 403, 403, 403);
    }

    private static void permissions(String action, int... statuses) {
        List<String> users = List.of("lena", "hana", "aude", "adam", "sara", "eric", "finn");
        Map<String, Integer> byUser = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            byUser.put(users.get(i), statuses[i]);
        }
        PERMISSIONS.put(action, byUser);
    }

    @Test
    @DisplayName("Permission matrix: every task action × every role, including a non-member and an auditor; refusals change nothing")
    void permissionMatrix() {
        List<String> mismatches = new ArrayList<>();
        PERMISSIONS.forEach((action, byUser) -> byUser.forEach((user, expected) -> {
            long programId = Api.startProgram("leo", "Matrix " + action + " " + user + " " + UUID.randomUUID());
            String taskId = Api.taskOfProgram("leo", programId);
            java.util.Date due = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult().getDueDate();
            Api.Reply reply = perform(action, user, "/api/tasks/" + taskId);
            if (reply.status() != expected) {
                mismatches.add(action + " as " + user + ": expected " + expected + ", got " + reply.status() + " " + reply.body());
            }
            if (reply.status() == 403) {
                var task = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult();
                if (task == null || task.getAssignee() != null || !java.util.Objects.equals(task.getDueDate(), due)
                        || !engine().getTaskService().getTaskComments(taskId).isEmpty()
                        || !engine().getTaskService().getTaskAttachments(taskId).isEmpty()) {
                    mismatches.add(action + " as " + user + ": refused, but the task changed");
                }
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    private static Api.Reply perform(String action, String user, String task) {
        return switch (action) {
            case "get" -> Api.get(user, task);
            case "claim" -> Api.post(user, task + "/claim");
            case "unclaim" -> Api.post(user, task + "/unclaim");
            case "complete" -> Api.postJson(user, task + "/complete", Api.SUBMIT);
            case "reassign" -> Api.postJson(user, task + "/reassign", "{\"assignee\": \"leo\"}");
            case "delegate" -> Api.postJson(user, task + "/delegate", "{\"delegate\": \"leo\"}");
            case "dates" -> Api.putJson(user, task + "/dates", "{\"due\": \"2031-01-01T12:00:00Z\"}");
            case "comment" -> Api.postJson(user, task + "/comments", "{\"text\": \"a remark\"}");
            case "attach" -> Api.postBytes(user, task + "/attachments?name=note.txt", "text/plain",
                    "evidence".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException(action);
        };
    }

    /** Executes the timer job of the task-deadlines process now, as the job executor would when it is due. */
    private static void runDeadlineCheck() {
        // the earliest turn: after the clock-moving tests of other classes a second turn may be scheduled (seen on PostgreSQL)
        var job = engine().getManagementService().createJobQuery().processDefinitionKey("task-deadlines").timers()
                .orderByJobDuedate().asc().list().stream().findFirst().orElse(null);
        assertThat(job).as("the deadline timer is scheduled").isNotNull();
        engine().getManagementService().executeJob(job.getId());
    }

    /** The user each mail's dedupe key ends with. */
    private static List<String> recipients(List<String> keys) {
        return keys.stream().map(key -> key.substring(key.lastIndexOf(':') + 1)).toList();
    }

    /** Everyone in a group now (other tests may add users, such as the four-eyes test's dual role). */
    private static List<String> members(String group) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select username from app_user_group where group_name = ?")) {
            statement.setString(1, group);
            List<String> users = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(rows.getString(1));
                }
            }
            return users;
        }
    }

    private static List<String> outboxKeys(String prefix) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select dedupe_key from mail_outbox where dedupe_key like ? order by dedupe_key")) {
            statement.setString(1, prefix + "%");
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        }
    }

    private static String openTask(String processInstanceId, String taskDefinitionKey) {
        return engine().getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult().getId();
    }

    /** How many decision-log entries of a type exist for a task (any task when null). */
    private static long decisions(String taskId, String decision) throws Exception {
        return count("select count(*) from decision_log where decision = ? and task_id = ?", decision, taskId);
    }

    private static long decisionsAbout(long programId, String decision) throws Exception {
        return count("select count(*) from decision_log where decision = ? and subject_type = 'program' and subject_id = ?",
                decision, Long.toString(programId));
    }

    private static long count(String sql, String... parameters) throws Exception {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("java:jboss/datasources/CultureDS");
    }

    @Test
    @DisplayName("Two users racing to complete the same task: exactly one wins each round, the other gets a clear 409")
    void raceToComplete() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                long programId = Api.startProgram("lena", "Race " + round + " " + UUID.randomUUID());
                String taskId = Api.taskOfProgram("lena", programId);
                CyclicBarrier barrier = new CyclicBarrier(2);
                List<Future<Api.Reply>> replies = new ArrayList<>();
                for (String user : List.of("lena", "leo")) {
                    replies.add(pool.submit(() -> {
                        barrier.await(30, TimeUnit.SECONDS);
                        return Api.complete(user, taskId);
                    }));
                }
                List<Api.Reply> results = new ArrayList<>();
                for (Future<Api.Reply> reply : replies) {
                    results.add(reply.get(90, TimeUnit.SECONDS));
                }

                assertThat(results).extracting(Api.Reply::status).as("round %d: %s", round, results)
                        .containsExactlyInAnyOrder(204, 409);
                Api.Reply loser = results.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
                assertThat(loser.firstErrorMessage()).as("round %d", round)
                        .containsAnyOf("already completed by", "claimed by");

                List<HistoricTaskInstance> history = engine().getHistoryService().createHistoricTaskInstanceQuery()
                        .taskId(taskId).list();
                assertThat(history).singleElement().satisfies(h -> {
                    assertThat(h.getEndTime()).isNotNull();
                    assertThat(h.getDeleteReason()).isEqualTo("completed");
                });
                assertThat(engine().getHistoryService().createUserOperationLogQuery().taskId(taskId)
                        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).count())
                        .as("exactly one completion recorded").isEqualTo(1);
                assertThat(decisions(taskId, "TASK_COMPLETED")).as("one decision-log entry; the loser's rolled back")
                        .isEqualTo(1);
                assertThat(engine().getHistoryService().createHistoricActivityInstanceQuery()
                        .processInstanceId(history.get(0).getProcessInstanceId()).activityId("SubmitIntent").count())
                        .as("the next step ran once").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
