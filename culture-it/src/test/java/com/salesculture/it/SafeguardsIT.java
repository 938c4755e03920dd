package com.salesculture.it;

import static com.salesculture.it.InServer.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.domain.infrastructure.persistence.SharedSignInFailures;
import com.salesculture.domain.infrastructure.persistence.SignInFailures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules as someone who tries to get round them meets them: status typed in, races for an "only
 * one" rule, a role that tries another's decision, a body sent before the role is checked, pages
 * framed or scripted from outside.
 */
@ExtendWith(ArquillianExtension.class)
class SafeguardsIT {

    private static final int ROUNDS = 20;
    private static final int PARALLEL = 4;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    @DisplayName("Status follows the processes: exited, in recovery or back are never typed in, by any role, on the API, the page or an import")
    void statusIsNotTypedIn() throws Exception {
        Person person = salesperson();
        for (String user : List.of("lena", "hana", "adam")) {
            for (String status : List.of("exited", "in-recovery")) {
                Api.Reply typed = Api.putJson(user, "/api/salespeople/" + person.id(), details(person, status));
                assertThat(typed.status()).as("%s types %s", user, status).isEqualTo(400);
                assertThat(typed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("status");
            }
        }
        assertThat(Api.get("lena", "/api/salespeople/" + person.id()).json().getString("status")).isEqualTo("ACTIVE");
        Api.Reply renamed = Api.putJson("lena", "/api/salespeople/" + person.id(), details(person, null));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(Api.putJson("lena", "/api/salespeople/" + person.id(), details(person, "active")).status())
                .as("the status it has may be named").isEqualTo(200);

        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Reply imported = Api.post("lena", "/api/salespeople", "text/csv",
                "name,email,team,status\nGone " + tag + ",gone-" + tag + "@culture.example,North,exited\n");
        assertThat(imported.status()).isEqualTo(400);
        assertThat(imported.body()).contains("rows[2].status");
        assertThat(count("select count(*) from salesperson where email = 'gone-" + tag + "@culture.example'")).isZero();

        String page = WebSession.signIn("lena", "en").get("/people.xhtml");
        assertThat(page).as("the sales-force page offers no status to choose").doesNotContain("addForm:status");
    }

    @Test
    @DisplayName("A rehire is HR's decision with a reason, logged; only someone who has exited comes back")
    void rehireByHr() throws Exception {
        Person person = salesperson();
        String path = "/api/salespeople/" + person.id() + "/rehire";
        Api.Reply notExited = Api.postJson("hana", path, "{\"reason\": \"Back from abroad\"}");
        assertThat(notExited.status()).isEqualTo(400);
        assertThat(notExited.body()).contains("\"status\"");
        leaveSalesForce(person.id());

        assertThat(Api.postJson("lena", path, "{\"reason\": \"Back\"}").status()).as("sales leaders").isEqualTo(403);
        assertThat(Api.postJson("adam", path, "{\"reason\": \"Back\"}").status()).as("admins").isEqualTo(403);
        Api.Reply noReason = Api.postJson("hana", path, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"reason\"");

        Api.Reply rehired = Api.postJson("hana", path, "{\"reason\": \"Completed the values programme elsewhere\"}");
        assertThat(rehired.status()).as(rehired.body()).isEqualTo(200);
        assertThat(rehired.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(count("select count(*) from decision_log where decision = 'SALESPERSON_REHIRED' and actor = 'hana'"
                + " and subject_id = '" + person.id() + "' and reason = 'Completed the values programme elsewhere'")).isEqualTo(1);
        leaveSalesForce(person.id());
    }

    @Test
    @DisplayName("Admins run the system and decide nothing: they cancel no exit case")
    void adminsDecideNothing() throws Exception {
        Person person = salesperson();
        long caseId = Api.postJson("lena", "/api/exit-cases", unwillingProposal(person.id())).json()
                .getJsonObject("summary").getJsonNumber("id").longValue();
        try {
            assertThat(Api.postJson("adam", "/api/exit-cases/" + caseId + "/cancel", "{\"reason\": \"Tidying up\"}").status())
                    .isEqualTo(403);
            assertThat(Api.get("hana", "/api/exit-cases/" + caseId).json().getJsonObject("summary").getString("stage"))
                    .isEqualTo("HR_REVIEW");
            assertThat(WebSession.signIn("adam", "en").get("/exit.xhtml?id=" + caseId)).doesNotContain("cancelForm");
        } finally {
            Api.postJson("hana", "/api/exit-cases/" + caseId + "/cancel", "{\"reason\": \"End of test\"}");
        }
    }

    @Test
    @DisplayName("Closing a programme while the job executor changes one of its jobs is a 409 that says try again, nothing is kept, and the close then goes through")
    void closeRacingAJobIsAConflict() throws Exception {
        long programId = Api.programmeWithApprovedValues("lena");
        Api.approvePlan("lena", programId); // the programme now waits on a timer: its first survey cycle
        String programme = engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("culture-program")
                .processInstanceBusinessKey(Long.toString(programId)).singleResult().getId();
        String job = await(() -> engine().getManagementService().createJobQuery().processInstanceId(programme).timers()
                .singleResult(), java.util.Objects::nonNull).getId();
        String close = "/api/programs/" + programId + "/close";
        java.util.concurrent.ExecutorService caller = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection executor = dataSource().getConnection()) {
            // as the job executor locks a job: a new revision of its row, committed while the close waits for that row
            executor.setAutoCommit(false);
            executor.createStatement().executeUpdate("update ACT_RU_JOB set REV_ = REV_ + 1 where ID_ = '" + job + "'");
            java.util.concurrent.Future<Api.Reply> closing = caller.submit(() -> Api.postJson("eric", close, "{\"reason\": \"Race\"}"));
            await(() -> blockedSessions(), blocked -> blocked > 0 || closing.isDone());
            executor.commit();
            Api.Reply closed = closing.get();
            assertThat(closed.status()).as("%s", closed).isEqualTo(409);
            assertThat(closed.firstErrorMessage()).contains("try again");
        } finally {
            caller.shutdownNow();
        }
        assertThat(Api.get("lena", "/api/programs/" + programId).json().getString("phase")).as("nothing kept").isNotEqualTo("CLOSED");
        assertThat(count("select count(*) from decision_log where decision = 'PROGRAM_CLOSED' and subject_id = '" + programId + "'"))
                .isZero();
        assertThat(Api.postJson("eric", close, "{\"reason\": \"Race lost, tried again\"}").status()).isEqualTo(200);
    }

    /** Sessions of the database waiting for another's row lock. */
    private static long blockedSessions() {
        try {
            return count(postgres()
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                    : "select count(*) from information_schema.sessions where blocker_id is not null");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("One open exit case per salesperson, four proposals at once, twenty rounds: one 201, the rest 409, never 500")
    void oneOpenExitCaseUnderRaces() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Person person = salesperson();
            Map<Integer, Integer> statuses = race(PARALLEL, i -> () -> Api.postJson(i % 2 == 0 ? "lena" : "leo", "/api/exit-cases",
                    unwillingProposal(person.id())));
            assertThat(statuses).as("round %d", round).isEqualTo(Map.of(201, 1, 409, PARALLEL - 1));
            assertThat(count("select count(*) from exit_case where salesperson_id = " + person.id())).isEqualTo(1);
            assertThat(count("select count(*) from decision_log where decision = 'EXIT_PROPOSED' and subject_id in"
                    + " (select cast(id as varchar(20)) from exit_case where salesperson_id = " + person.id() + ")")).isEqualTo(1);
            long open = count("select id from exit_case where salesperson_id = " + person.id());
            Api.postJson("hana", "/api/exit-cases/" + open + "/cancel", "{\"reason\": \"End of round\"}");
        }
        Person last = salesperson();
        assertThat(Api.postJson("lena", "/api/exit-cases", unwillingProposal(last.id())).status()).isEqualTo(201);
        Api.Reply second = Api.postJson("leo", "/api/exit-cases", unwillingProposal(last.id()));
        assertThat(second.status()).as("one after the other: the service's own check").isEqualTo(409);
        assertThat(second.firstErrorMessage()).contains("open");
    }

    @Test
    @DisplayName("One open survey cycle per programme, four openings at once, twenty rounds: one 201, the rest 409")
    void oneOpenSurveyCycleUnderRaces() throws Exception {
        long programId = Api.programmeWithApprovedValues("lena");
        for (int round = 0; round < ROUNDS; round++) {
            List<Api.Reply> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
            Map<Integer, Integer> statuses = race(PARALLEL, i -> () -> {
                Api.Reply reply = Api.post(i % 2 == 0 ? "lena" : "leo", "/api/programs/" + programId + "/survey-cycles");
                opened.add(reply);
                return reply;
            });
            assertThat(statuses).as("round %d", round).isEqualTo(Map.of(201, 1, 409, PARALLEL - 1));
            assertThat(count("select count(*) from survey_cycle where program_id = " + programId + " and status = 'OPEN'"))
                    .isEqualTo(1);
            JsonObject cycle = opened.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json();
            long cycleId = cycle.getJsonNumber("id").longValue();
            String processId = cycle.getString("processInstanceId");
            // to its deadline, as SurveyIT does: the timers are not due, so only the test runs them
            awaitActivity(processId, "ReminderDue");
            runTimer(processId, "ReminderDue");
            runTimer(processId, "DeadlineReached");
            await(() -> {
                try {
                    return count("select count(*) from survey_cycle where id = " + cycleId + " and status = 'OPEN'");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, open -> open == 0); // the cycle's process closes it moments later
        }
        assertThat(count("select count(*) from survey_cycle where program_id = " + programId)).isEqualTo(ROUNDS);
    }

    @Test
    @DisplayName("One open plan version per programme, four new versions at once, twenty rounds: one 201, the rest 409")
    void oneOpenPlanVersionUnderRaces() throws Exception {
        long programId = Api.programmeWithApprovedValues("lena");
        Api.approvePlan("lena", programId);
        for (int round = 0; round < ROUNDS; round++) {
            Map<Integer, Integer> statuses = race(PARALLEL, i -> () ->
                    Api.post(i % 2 == 0 ? "lena" : "leo", "/api/programs/" + programId + "/plans"));
            assertThat(statuses).as("round %d", round).isEqualTo(Map.of(201, 1, 409, PARALLEL - 1));
            int version = round + 2;
            assertThat(count("select count(*) from comp_plan where program_id = " + programId + " and plan_version = " + version))
                    .isEqualTo(1);
            // the new version through its approval, so the next round may start another
            assertThat(Api.putJson("lena", "/api/programs/" + programId + "/plans/" + version, Api.validPlan()).status())
                    .isEqualTo(200);
            assertThat(Api.complete("lena", Api.taskOfProgram("lena", programId)).status()).isEqualTo(204);
            Api.approve("hana", programId);
            Api.approve("finn", programId);
            Api.approve("eric", programId);
        }
        assertThat(count("select count(*) from comp_plan where program_id = " + programId)).isEqualTo(ROUNDS + 1);
    }

    @Test
    @DisplayName("Every page and API answer carries the browser protections: CSP with a nonce and no inline script, no framing, same-origin referrers, SameSite cookies")
    void browserProtections() {
        HttpResponse<String> login = WebSession.anonymous("en").open("/login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'self'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'");
        String scriptSource = policy.substring(policy.indexOf("script-src"));
        assertThat(scriptSource).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
        assertThat(login.body()).as("no inline script without the nonce").doesNotContainPattern("<script(?![^>]*\\bsrc=)(?![^>]*\\bnonce=)[^>]*>");

        HttpResponse<String> inbox = WebSession.signIn("lena", "en").open("/inbox.xhtml");
        assertThat(inbox.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'")
                .isNotEqualTo(policy).as("a nonce of its own");
        assertThat(inbox.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)(?![^>]*\\bnonce=)[^>]*>")
                .doesNotContainPattern(" on(click|change|submit|load|keyup|keydown|blur|focus)=\"");

        HttpResponse<String> api = WebSession.anonymous("en").open("/api/ping");
        assertThat(api.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'none'");
        assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    @DisplayName("Refused by role before the request is read: a body no endpoint could read gets 403 wherever the role is refused")
    void roleBeforeBody() {
        assertThat(Api.post("sara", "/api/salespeople", "text/csv", "").status()).as("an empty CSV from a salesperson").isEqualTo(403);
        assertThat(Api.post("sara", "/api/customers", "text/csv", "").status()).isEqualTo(403);
        assertThat(Api.post("aude", "/api/programs", "application/json", "{not json").status()).isEqualTo(403);

        JsonObject openApi = Json.createReader(new java.io.StringReader(Api.get(null, "/openapi?format=JSON").body())).readObject();
        Map<String, String> leaks = new TreeMap<>();
        int tried = 0;
        for (var path : openApi.getJsonObject("paths").entrySet()) {
            String template = path.getKey();
            if (template.startsWith("/api/surveys/") || template.equals("/api/ping") || template.startsWith("/api/health")) {
                continue; // public
            }
            // ids nobody has: whatever a role may do, nothing changes
            String concrete = template.replaceAll("\\{[^}]+}", "999999999");
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (!List.of("post", "put", "delete", "patch").contains(method)) {
                    continue;
                }
                for (String user : List.of("lena", "eric", "hana", "finn", "aude", "sara", "adam")) {
                    Api.Reply wellFormed = Api.call(user, method.toUpperCase(java.util.Locale.ROOT), concrete, "{}");
                    Api.Reply garbled = Api.call(user, method.toUpperCase(java.util.Locale.ROOT), concrete, "{\"x\": [");
                    tried++;
                    assertThat(List.of(wellFormed.status(), garbled.status())).as("%s %s as %s", method, concrete, user)
                            .doesNotContain(500);
                    if (wellFormed.status() == 403 && garbled.status() != 403) {
                        leaks.put(method + " " + template + " as " + user, garbled.status() + " " + garbled.body());
                    }
                }
            }
        }
        assertThat(tried).as("state-changing endpoints × roles").isGreaterThan(250);
        assertThat(leaks).as("refused by role only after reading the body").isEmpty();
    }

    @Test
    @DisplayName("Every page opened by every role shows its content or a clean refusal (403, 404 page), never a server error")
    void everyPageForEveryRole() throws Exception {
        long programId = Api.startProgram("lena", "Pages " + java.util.UUID.randomUUID());
        String taskId = Api.taskOfProgram("lena", programId);
        Person person = salesperson();
        long caseId = Api.postJson("lena", "/api/exit-cases", unwillingProposal(person.id())).json()
                .getJsonObject("summary").getJsonNumber("id").longValue();
        long cycleId = count("select coalesce(max(id), 0) from survey_cycle");
        long reviewId = count("select coalesce(max(id), 0) from performance_review");
        List<String> pages = List.of("/", "/inbox.xhtml", "/programs.xhtml", "/people.xhtml", "/customers.xhtml",
                "/reviews.xhtml", "/reviews.xhtml?id=" + reviewId, "/exits.xhtml", "/exit.xhtml?id=" + caseId,
                "/audit.xhtml", "/audit.xhtml?subject=exit-case&id=" + caseId, "/admin.xhtml",
                "/lineofsight.xhtml?program=" + programId, "/intent.xhtml?program=" + programId,
                "/values.xhtml?program=" + programId, "/plan.xhtml?program=" + programId,
                "/surveys.xhtml?program=" + programId, "/scores.xhtml?cycle=" + cycleId, "/trend.xhtml",
                "/trend.xhtml?program=" + programId + "&salesperson=1", "/task.xhtml?id=" + taskId, "/home.xhtml",
                "/results.xhtml?program=" + programId, "/pay.xhtml", "/pay.xhtml?program=" + programId, "/accounts.xhtml",
                // names of nothing
                "/exit.xhtml?id=999999999", "/task.xhtml?id=no-such-task", "/lineofsight.xhtml?program=999999999",
                "/reviews.xhtml?id=999999999", "/scores.xhtml?cycle=999999999", "/no-such-page.xhtml");
        Map<String, String> failures = new TreeMap<>();
        try {
            for (String user : List.of("lena", "eric", "hana", "finn", "aude", "sara", "adam")) {
                WebSession session = WebSession.signIn(user, "en");
                for (String page : pages) {
                    HttpResponse<String> answer = session.open(page);
                    int status = answer.statusCode();
                    boolean clean = status == 200 ? answer.body().contains("signedInAs")
                            : (status == 403 || status == 404) && answer.body().contains("id=\"errorPage\"");
                    if (!clean) {
                        failures.put(user + " " + page, status + " " + answer.body().substring(0, Math.min(300, answer.body().length())));
                    }
                }
            }
        } finally {
            Api.postJson("hana", "/api/exit-cases/" + caseId + "/cancel", "{\"reason\": \"End of test\"}");
        }
        assertThat(failures).as("pages that answered neither content nor a clean refusal").isEmpty();
        HttpResponse<String> adminTrend = WebSession.signIn("adam", "en").open("/trend.xhtml?program=" + programId + "&salesperson=1");
        assertThat(adminTrend.statusCode()).as("an admin reads no scores").isEqualTo(403);
        HttpResponse<String> byRole = WebSession.signIn("sara", "en").open("/admin.xhtml");
        assertThat(byRole.statusCode()).isEqualTo(403);
        assertThat(byRole.body()).as("refused by role alone: the page's lead says so, no second line")
                .contains("id=\"errorPage\"").doesNotContain("id=\"refusal\"");

        HttpResponse<String> unknown = WebSession.anonymous("en").open("/survey/" + "x".repeat(43));
        assertThat(unknown.statusCode()).as("an unknown survey link").isEqualTo(404);
        assertThat(unknown.body()).contains("<html");
    }

    @Test
    @DisplayName("No lost updates: reads carry an ETag, writes name it in If-Match; a stale one is 412 naming who changed it, none is 428; the page says so too")
    void noLostUpdates() throws Exception {
        long programId = Api.startProgram("lena", "Versions " + java.util.UUID.randomUUID());
        String intent = "/api/programs/" + programId + "/intent";
        Api.Reply read = Api.get("lena", intent);
        assertThat(read.etag()).matches("\"\\d+\"");
        String lenasTake = Api.validIntent().replace("Become the partner our clients grow with", "Lena's statement");
        String leosTake = Api.validIntent().replace("Become the partner our clients grow with", "Leo's statement");

        Api.Reply first = Api.putJson("leo", intent, leosTake, read.etag());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.etag()).isNotEqualTo(read.etag()).isEqualTo(Api.get("lena", intent).etag());
        Api.Reply stale = Api.putJson("lena", intent, lenasTake, read.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.firstErrorMessage()).contains("changed meanwhile by leo");
        Api.Reply blind = Api.putJson("lena", intent, lenasTake, null);
        assertThat(blind.status()).isEqualTo(428);
        assertThat(blind.body()).contains("If-Match");
        assertThat(Api.putJson("lena", intent, lenasTake, "yesterday").status()).isEqualTo(400);
        assertThat(Api.get("aude", intent).json().getString("statement")).as("leo's change stands").isEqualTo("Leo's statement");
        Api.Reply second = Api.putJson("lena", intent, lenasTake, first.etag());
        assertThat(second.status()).as("with what she read now").isEqualTo(200);

        // two people on the page: the one who saves later with what they read earlier is told, nothing is lost
        WebSession slow = WebSession.signIn("lena", "en");
        String opened = slow.get("/intent.xhtml?program=" + programId);
        assertThat(Api.putJson("leo", intent, leosTake).status()).isEqualTo(200);
        String saved = slow.pressOn(opened, "/intent.xhtml?program=" + programId, "intent", "save",
                Map.of("intent:statement", "Lena, later"));
        assertThat(saved).contains("changed meanwhile by leo");
        assertThat(Api.get("aude", intent).json().getString("statement")).isEqualTo("Leo's statement");

        Person person = salesperson();
        String salesperson = "/api/salespeople/" + person.id();
        Api.Reply before = Api.get("lena", salesperson);
        assertThat(Api.putJson("hana", salesperson, details(person, null), before.etag()).status()).isEqualTo(200);
        assertThat(Api.putJson("lena", salesperson, details(person, null), before.etag()).status()).isEqualTo(412);
        assertThat(Api.putJson("lena", salesperson, details(person, null), null).status()).isEqualTo(428);
        assertThat(Api.putJson("lena", salesperson, details(person, null), "*").status()).as("explicitly unconditional").isEqualTo(200);
    }

    @Test
    @DisplayName("Sign-in has brakes: thirty wrong passwords meet 429 with Retry-After after the free ones, by account and by address; refusals take as long for unknown names")
    void signInHasBrakes() throws Exception {
        String user = "brake" + java.util.UUID.randomUUID().toString().substring(0, 6);
        account(user, "Brake Test", "salesperson");
        // signed in once: the server now knows the right password (and lets it skip the brakes' queue)
        assertThat(Api.from("127.0.0.4", "GET", "/api/tasks", user, "demo", null, null)[0]).isEqualTo("200");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(Api.from("127.0.0.3", "GET", "/api/tasks", user, "wrong", null, null)[1]);
        }
        long refused = answers.stream().filter(a -> a.startsWith("HTTP/1.1 401")).count();
        long braked = answers.stream().filter(a -> a.startsWith("HTTP/1.1 429")).count();
        assertThat(refused).as("four free failures, then each one waits").isBetween(5L, 7L);
        assertThat(braked).isEqualTo(30 - refused);
        assertThat(answers.stream().filter(a -> a.startsWith("HTTP/1.1 429"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a).containsPattern("(?i)Retry-After: \\d+").contains("Too many failed sign-ins"));
        // on to the seventh failure, waiting as told: the next attempt then waits 4 s, long enough to look
        int failures = (int) refused;
        while (failures < 7) {
            String[] answer = Api.from("127.0.0.3", "GET", "/api/tasks", user, "wrong", null, null);
            Matcher retry = Pattern.compile("(?i)Retry-After: (\\d+)").matcher(answer[1]);
            if (retry.find()) {
                Thread.sleep(Long.parseLong(retry.group(1)) * 1000);
            } else {
                failures++;
            }
        }
        assertThat(Api.from("127.0.0.4", "GET", "/api/tasks", user, "demo", null, null)[0])
                .as("the right password waits too, from any address, known to the server or not").isEqualTo("429");
        assertThat(WebSession.anonymous("en").signInAs(user)).as("the page says so").contains("Too many failed sign-ins");

        // thirty at once: checked one after another, so they meet the brakes as thirty in a row do
        String burst = "burst" + java.util.UUID.randomUUID().toString().substring(0, 6);
        account(burst, "Burst Test", "salesperson");
        Map<Integer, Integer> parallel = race(30, i -> () -> {
            String[] answer = Api.from("127.0.0.6", "GET", "/api/tasks", burst, "wrong", null, null);
            return new Api.Reply(Integer.parseInt(answer[0]), answer[1], null, null, null, null);
        });
        assertThat(parallel.getOrDefault(401, 0)).as("checked before the brakes, of thirty sent at once: %s", parallel)
                .isBetween(5, 7);

        // unknown names take as long to refuse as wrong passwords of real accounts
        String known = "timing" + java.util.UUID.randomUUID().toString().substring(0, 6);
        account(known, "Timing Test", "salesperson");
        long[] knownMillis = new long[3];
        long[] unknownMillis = new long[3];
        for (int i = 0; i < 3; i++) {
            knownMillis[i] = timed(() -> Api.from("127.0.0.4", "GET", "/api/tasks", known, "wrong", null, null));
            unknownMillis[i] = timed(() -> Api.from("127.0.0.4", "GET", "/api/tasks", "nobody-" + known, "wrong", null, null));
        }
        java.util.Arrays.sort(knownMillis);
        java.util.Arrays.sort(unknownMillis);
        assertThat(unknownMillis[1]).as("median refusal of an unknown name").isGreaterThanOrEqualTo(250);
        assertThat(Math.abs(knownMillis[1] - unknownMillis[1])).as("known %s, unknown %s ms",
                java.util.Arrays.toString(knownMillis), java.util.Arrays.toString(unknownMillis)).isLessThan(100);

        // an address that fails for many names is locked, whoever it then signs in as
        for (int i = 0; i < 30; i++) {
            Api.from("127.0.0.5", "GET", "/api/tasks", "guess" + i + known, "wrong", null, null);
        }
        assertThat(Api.from("127.0.0.5", "GET", "/api/tasks", "lena", "demo", null, null)[0]).isEqualTo("429");
        assertThat(Api.get("lena", "/api/tasks").status()).as("from another address").isEqualTo(200);
    }

    @Test
    @DisplayName("The count a cluster's nodes share loses no failure when they count at once, starts again after a lock's length, and takes a name of any length")
    void sharedSignInCountUnderRaces() throws Exception {
        SignInFailures failures = jakarta.enterprise.inject.spi.CDI.current().select(SharedSignInFailures.class).get();
        String subject = "account race-" + java.util.UUID.randomUUID();
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        java.time.Instant longAgo = now.minus(java.time.Duration.ofMinutes(15));
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> counted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            counted.add(nodes.submit(() -> failures.add(subject, now, longAgo).failures()));
        }
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (java.util.concurrent.Future<Integer> count : counted) {
            seen.add(count.get());
        }
        nodes.shutdown();
        assertThat(seen).as("each failure got a count of its own").hasSize(40).contains(1, 40);
        assertThat(failures.of(List.of(subject, "account nobody")))
                .containsOnly(Map.entry(subject, new SignInFailures.Count(40, now)));

        java.time.Instant later = now.plus(java.time.Duration.ofMinutes(16));
        assertThat(failures.add(subject, later, later.minus(java.time.Duration.ofMinutes(15))).failures())
                .as("a pause as long as a lock starts the count again").isEqualTo(1);
        failures.clear(subject);
        assertThat(failures.of(List.of(subject))).as("a success clears it").isEmpty();

        String longName = "account " + "x".repeat(5_000);
        assertThat(failures.add(longName, now, longAgo).failures()).isEqualTo(1);
        assertThat(failures.add(longName, now, longAgo).failures()).isEqualTo(2);
        assertThat(failures.of(List.of(longName))).containsKey(longName);
        failures.clear(longName);
        assertThat(failures.of(List.of(longName))).isEmpty();
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long started = System.nanoTime();
        call.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String details(Person person, String status) {
        var json = Json.createObjectBuilder().add("name", person.name() + " Jr").add("email", person.email()).add("team", "North");
        if (status != null) {
            json.add("status", status);
        }
        return json.build().toString();
    }

    private static String unwillingProposal(long salespersonId) {
        return Json.createObjectBuilder().add("salespersonId", salespersonId).add("reason", "UNWILLING")
                .add("statement", "Refuses the values in writing; see the letter.")
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "letter.txt")
                        .add("contentType", "text/plain").add("content", Base64.getEncoder()
                                .encodeToString("I will not.".getBytes(StandardCharsets.UTF_8))))).build().toString();
    }
}
