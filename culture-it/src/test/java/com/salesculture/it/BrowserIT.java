package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What a sales leader does in a real browser, against the built EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    @DisplayName("lena signs in, starts a programme, claims its first task, comments, uploads evidence, drafts the intent; eric approves; values and plan through HR, Finance and the executive; lena imports salespeople")
    void salesLeaderStartsProgrammeAndWorksTheFirstTask() throws Exception {
        String programme = "Browser programme " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.open("/inbox.xhtml");
            assertThat(browser.currentUrl()).as("anonymous visitors are sent to the login page").contains("/login.xhtml");
            browser.screenshot("01-login");

            browser.signIn("lena");
            assertThat(browser.currentUrl()).as("back to the page asked for").contains("/inbox.xhtml");
            assertThat(browser.find(By.id("signedInAs")).getText()).isEqualTo("Lena Lindqvist");

            browser.open("/programs.xhtml")
                    .type(By.id("startForm:name"), "")
                    .click(By.id("startForm:start"));
            // the one path of refusals puts a field's message beside its input, not above the form
            assertThat(browser.find(By.xpath("//input[@id='startForm:name']/following-sibling::*[contains(@class,'ui-message-error')]"))
                    .getText()).as("field-level message beside the field").contains("Name is required.");
            assertThat(browser.script("return document.getElementById('messages').textContent").toString())
                    .as("not above the form").doesNotContain("Name is required.");
            browser.screenshot("02-programme-form-error");

            browser.type(By.id("startForm:name"), programme)
                    .type(By.id("startForm:horizonMonths_input"), "48")
                    .click(By.id("startForm:start"));
            assertThat(browser.find(By.id("messages")).getText()).contains("started");
            assertThat(browser.pageText()).contains(programme);
            browser.screenshot("03-programmes");
            String programId = browser.find(By.xpath("//a[normalize-space(.)='" + programme + "']")).getAttribute("href")
                    .replaceAll(".*program=(\\d+).*", "$1");

            browser.open("/inbox.xhtml");
            By row = By.xpath("//tr[td[contains(., '" + programme + "')]]");
            assertThat(browser.find(row).getText()).contains("Draft strategic intent").contains("unclaimed");

            browser.click(By.xpath("//tr[td[contains(., '" + programme + "')]]//button[contains(@class,'claim')]"));
            assertThat(browser.find(row).getText()).contains("Lena Lindqvist");
            assertThat(browser.find(By.id("inbox:messages")).getText()).contains("You claimed");
            browser.screenshot("04-inbox-claimed");

            String filter = "Mine " + programme.substring(programme.length() - 8);
            browser.choose("inbox:scope", "Claimed by me")
                    .type(By.id("inbox:filterName"), filter)
                    .click(By.id("inbox:saveFilter"));
            assertThat(browser.find(By.id("inbox:messages")).getText()).contains("saved");
            By savedFilter = By.xpath("//span[contains(@class,'saved-filter')][contains(., '" + filter + "')]");
            assertThat(browser.find(savedFilter).getText()).as("with its live count").matches("(?s).*" + filter + "\\s+[1-9]\\d*.*");
            browser.screenshot("04b-inbox-saved-filter");

            browser.click(By.xpath("//tr[td[contains(., '" + programme + "')]]//a[contains(@class,'task-link')]"));
            assertThat(browser.find(By.id("task:assignedTo")).getText()).isEqualTo("Lena Lindqvist");
            browser.type(By.id("task:text"), "Deliverables drafted <b>with</b> Finance")
                    .click(By.id("task:comment"));
            assertThat(browser.pageText()).contains("Deliverables drafted <b>with</b> Finance");

            browser.choose("task:assignee", "Leo Brandt").click(By.id("task:reassign"));
            assertThat(browser.find(By.id("task:assignedTo")).getText()).isEqualTo("Leo Brandt");
            browser.choose("task:assignee", "Lena Lindqvist").click(By.id("task:reassign"));
            assertThat(browser.find(By.id("task:assignedTo")).getText()).isEqualTo("Lena Lindqvist");
            java.nio.file.Path evidence = java.nio.file.Files.createTempFile("deliverables", ".pdf");
            java.nio.file.Files.writeString(evidence, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
            browser.upload(By.id("evidenceForm:file_input"), evidence);
            assertThat(browser.find(By.id("evidenceForm")).getText()).contains(evidence.getFileName().toString());

            browser.screenshot("05-task-detail");

            String taskPage = browser.currentUrl();
            browser.click(By.id("task:complete"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertThat(browser.find(By.id("task:messages")).getText()).as("no deliverables yet")
                    .contains("Give 1 to 5 deliverables.");
            browser.screenshot("06-task-submit-refused");

            browser.click(By.id("task:openIntent"));
            assertThat(browser.find(By.id("intentStatus")).getText()).isEqualTo("draft");
            browser.type(By.id("intent:statement"), "Become the partner our existing clients grow with");
            browser.firstDeliverable("Grow").click(By.id("intent:save"));
            assertThat(browser.find(By.cssSelector(".deliverable-1 .field-metric .field-error")).getText())
                    .as("a vague metric").contains("is too vague");
            browser.type(By.cssSelector(".deliverable-1 .field-metric input"), "Revenue from existing clients in segment X")
                    .click(By.id("intent:save"));
            browser.screenshot("07-intent-draft");
            assertThat(browser.find(By.id("intent:messages")).getText())
                    .as("field errors on the page: %s", browser.script("return Array.from(document.querySelectorAll("
                            + "'.field-error')).map(e => e.parentElement.className + ': ' + e.textContent).join(' | ')"))
                    .contains("Draft saved.");

            browser.open(taskPage.substring(taskPage.indexOf("/task.xhtml")));
            browser.click(By.id("task:complete"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertThat(browser.currentUrl()).as("back in the inbox").contains("/inbox.xhtml");
            assertThat(browser.find(By.id("inbox:messages")).getText()).contains("is complete");
            assertThat(browser.isPresent(row)).as("the submitted draft left the inbox").isFalse();
            browser.screenshot("08-inbox-submitted");

            browser.click(By.id("signOut"));
            browser.open("/inbox.xhtml").signIn("eric");
            // in a full suite eric has many approvals waiting: this programme's, filtered
            browser.open("/inbox.xhtml?program=" + programId);
            browser.click(By.xpath("//tr[td[contains(., '" + programme + "')]]//a[contains(@class,'task-link')]"));
            assertThat(browser.find(By.cssSelector("h1")).getText()).contains("Approve strategic intent");
            String decisionMenu = browser.script("return document.querySelector('.field-decision select').id").toString();
            browser.choose(decisionMenu.substring(0, decisionMenu.length() - "_input".length()), "Approve");
            browser.click(By.id("task:complete"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertThat(browser.find(By.id("inbox:messages")).getText()).contains("is complete");
            browser.open("/programs.xhtml").click(By.xpath("//a[normalize-space(.)='" + programme + "']"));
            assertThat(browser.find(By.id("losIntentStatus")).getText()).isEqualTo("approved");
            assertThat(browser.find(By.id("losValuesStatus")).getText()).isEqualTo("draft");
            assertThat(browser.pageText()).contains("Eric Castell").contains("Revenue from existing clients in segment X")
                    .contains("North (Lena Lindqvist)");
            browser.screenshot("09-line-of-sight");
            assertThat(browser.currentUrl()).contains("program=" + programId);
            browser.click(By.id("signOut"));
            browser.open("/inbox.xhtml").signIn("lena");

            browser.open("/values.xhtml?program=" + programId);
            String[][] values = {
                    {"Deep relationships", "We develop deep relationships with people.",
                            "Knows what matters to me beyond the deal\nFollows up without being asked"},
                    {"Customer first", "We always act in favour of the customer.",
                            "Recommends the cheaper option when it serves me better\nTells me bad news early"},
                    {"Spirited teamwork", "We win together.", "Brings in the right colleague"}};
            for (int i = 0; i < values.length; i++) {
                browser.type(By.cssSelector(".value-" + (i + 1) + " input[id$=':name']"), values[i][0])
                        .type(By.cssSelector(".value-" + (i + 1) + " textarea[id$=':statement']"), values[i][1])
                        .type(By.cssSelector(".value-" + (i + 1) + " textarea[id$=':behaviours']"), values[i][2]);
            }
            browser.click(By.id("values:save"));
            assertThat(browser.find(By.xpath("//div[contains(@class,'value-3')]//span[contains(@class,'field-error')"
                    + " and normalize-space(.) != '']")).getText())
                    .as("one behaviour is too few").contains("Give 2 to 5 behaviours");
            browser.type(By.cssSelector(".value-3 textarea[id$=':behaviours']"),
                    "Brings in the right colleague\nSpeaks well of colleagues").click(By.id("values:save"));
            assertThat(browser.find(By.id("values:messages")).getText()).contains("Values saved.");
            browser.screenshot("09b-values-draft");

            workTask(browser, "lena", programme, null);
            workTask(browser, "eric", programme, "Approve");
            browser.click(By.id("signOut"));
            browser.open("/inbox.xhtml").signIn("lena");
            browser.open("/plan.xhtml?program=" + programId)
                    .type(By.cssSelector("input[id$='variableShare_input']"), "30")
                    .type(By.cssSelector("input[id$='valuesShare_input']"), "50");
            String[] weights = {"40", "35", "20"};
            for (int i = 0; i < weights.length; i++) {
                browser.type(By.xpath("(//span[contains(@class,'weight')]//input[contains(@id,'weight_input')])[" + (i + 1) + "]"),
                        weights[i]);
            }
            browser.script("document.querySelector('.field-effectiveDate input').value = arguments[0]",
                    java.time.LocalDate.now().plusMonths(1).toString());
            browser.click(By.id("plan:save"));
            assertThat(browser.find(By.xpath("//div[contains(@class,'field-weights')]//span[contains(@class,'field-error')"
                    + " and normalize-space(.) != '']")).getText()).contains("add up to 95 %");
            browser.type(By.xpath("(//span[contains(@class,'weight')]//input[contains(@id,'weight_input')])[3]"), "25")
                    .click(By.id("plan:save"));
            assertThat(browser.find(By.id("plan:messages")).getText()).contains("Plan version 1 saved.");
            browser.screenshot("09c-plan-draft");
            workTask(browser, "lena", programme, null);
            workTask(browser, "hana", programme, "Approve");
            workTask(browser, "finn", programme, "Approve");
            workTask(browser, "eric", programme, "Approve");
            browser.open("/lineofsight.xhtml?program=" + programId);
            assertThat(browser.find(By.id("losPlanStatus")).getText()).isEqualTo("approved");
            assertThat(browser.find(By.id("losPhase")).getText()).isEqualTo("Plan approved");
            assertThat(browser.pageText()).contains("In force: version 1").contains("Customer first: 35");
            browser.screenshot("09d-line-of-sight-plan-approved");

            browser.click(By.id("signOut"));
            browser.open("/inbox.xhtml").signIn("sara");
            // the programme's tasks: in a full suite sara's other charters fill the first page (sorted by due date)
            browser.open("/inbox.xhtml?program=" + programId).awaitAjax();
            browser.click(By.xpath("//tr[td[contains(., '" + programme + "')]]//a[contains(@class,'task-link')]"));
            String ackPage = browser.currentUrl();
            browser.click(By.id("task:openValues"));
            assertThat(browser.pageText()).as("sara reads what she acknowledges")
                    .contains("We always act in favour of the customer.").contains("Tells me bad news early");
            browser.open(ackPage.substring(ackPage.indexOf("/task.xhtml")))
                    .click(By.cssSelector(".field-acknowledged .ui-chkbox-box"))
                    .click(By.id("task:complete"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertThat(browser.find(By.id("inbox:messages")).getText()).contains("is complete");
            browser.click(By.id("signOut"));
            browser.open("/inbox.xhtml").signIn("lena");

            browser.open("/people.xhtml");
            assertThat(browser.find(By.id("teamForm")).getText()).contains("North").contains("South");
            String run = programme.substring(programme.length() - 8);
            java.nio.file.Path bad = java.nio.file.Files.createTempFile("salespeople", ".csv");
            java.nio.file.Files.writeString(bad, "name,email,team\nAda Lovelace,ada." + run + "@example.com,North\n"
                    + "Bo Jensen,not-an-email,Atlantis\n");
            browser.upload(By.id("importForm:file_input"), bad);
            assertThat(browser.find(By.cssSelector(".import-errors")).getText())
                    .contains("Line 3: \u201cnot-an-email\u201d is not an email address.")
                    .contains("Line 3: There is no team \u201cAtlantis\u201d");
            browser.screenshot("10-people-import-refused");

            java.nio.file.Files.writeString(bad, "name,email,team\nAda Lovelace,ada." + run + "@example.com,North\n"
                    + "Bo Jensen,bo." + run + "@example.com,South\n");
            browser.upload(By.id("importForm:file_input"), bad);
            assertThat(browser.find(By.id("messages")).getText()).contains("2 salespeople imported");
            assertThat(browser.pageText()).contains("ada." + run + "@example.com");
            browser.screenshot("11-people-imported");
        }
    }

    @Test
    @DisplayName("A customer answers the survey from the mail's link in a phone-sized window; lena closes the cycle and reads the heatmap")
    void customerAnswersOnAPhoneAndLeaderReadsTheHeatmap() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply seller = Api.postJson("lena", "/api/salespeople", "{\"name\": \"Nora Lindgren " + tag
                + "\", \"email\": \"nora-" + tag + "@culture.example\", \"team\": \"North\"}");
        assertThat(seller.status()).isEqualTo(201);
        long sellerId = seller.json().getJsonNumber("id").longValue();
        StringBuilder csv = new StringBuilder("organisation,name,email,salesperson,language\n");
        java.util.List<String> customers = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String email = "buyer" + i + "-" + tag + "@customer.example";
            customers.add(email);
            csv.append("Buyer Org ").append(i).append(",Buyer ").append(i).append(',').append(email).append(",nora-")
                    .append(tag).append("@culture.example,en\n");
        }
        assertThat(Api.postBytes("lena", "/api/customers", "text/csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
        long programId = Api.programmeWithApprovedValues("lena");
        com.icegreen.greenmail.util.GreenMail smtp = InServer.startSmtp();
        try (Browser browser = new Browser()) {
            browser.open("/surveys.xhtml?program=" + programId).signIn("lena");
            browser.click(By.id("cycles:open"));
            assertThat(browser.find(By.id("messages")).getText()).contains("Survey cycle 1 is open");
            java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
            long deadline = System.currentTimeMillis() + 45_000;
            while (links.size() < customers.size() && System.currentTimeMillis() < deadline) {
                for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
                    String to = mail.getAllRecipients()[0].toString();
                    java.util.regex.Matcher link = java.util.regex.Pattern.compile("/survey/([A-Za-z0-9_-]{43})")
                            .matcher(mail.getContent().toString());
                    if (customers.contains(to) && link.find()) {
                        links.put(to, link.group(1));
                    }
                }
                Thread.sleep(250);
            }
            assertThat(links).as("a personal link mailed to each customer").hasSize(customers.size());
            browser.open("/surveys.xhtml?program=" + programId);
            browser.screenshot("12-survey-cycles");
            browser.click(By.id("signOut"));

            browser.resize(390, 844).open("/survey/" + links.get(customers.get(0)));
            assertThat(browser.pageText()).contains("Nora Lindgren " + tag).contains("We always act in favour of the customer.")
                    .contains("Tells me bad news early");
            browser.click(By.id("survey:send"));
            assertThat(browser.awaitText("Rate this value.")).as("every value must be rated").contains("Rate this value.");
            for (int value = 1; value <= 3; value++) {
                browser.click(By.xpath("((//fieldset[contains(@class,'survey-value')])[" + value
                        + "]//label)[" + (value == 2 ? 2 : 5) + "]"));
            }
            browser.type(By.id("survey:comment"), "<b>Always</b> honest with us & quick to call back.");
            browser.screenshot("13-survey-phone");
            assertThat(browser.accessibilityViolations()).as("axe-core on 13-survey-phone").isEmpty();
            browser.click(By.id("survey:send"));
            assertThat(browser.find(By.id("thanks")).getText()).contains("Thank you!");
            browser.screenshot("14-survey-thanks");
            browser.open("/survey/" + links.get(customers.get(0)));
            assertThat(browser.find(By.id("used")).getText()).contains("Already answered");

            for (String customer : customers.subList(1, customers.size())) {
                assertThat(Api.postJson(null, "/api/surveys/" + links.get(customer), answer(Api.get(null, "/api/surveys/"
                        + links.get(customer)).json(), customers.indexOf(customer))).status()).isEqualTo(204);
            }
            long cycleId = Api.get("lena", "/api/programs/" + programId + "/survey-cycles").jsonArray().getJsonObject(0)
                    .getJsonNumber("id").longValue();
            browser.resize(1280, 860).open("/surveys.xhtml?program=" + programId).signIn("lena");
            // the open cycle's progress: a point per day since it opened, at the rate the API reports
            assertThat(browser.find(By.id("cycles:progress")).getText()).contains("Cycle 1: how the responses are coming in");
            List<jakarta.json.JsonObject> days = Api.get("lena", "/api/survey-cycles/" + cycleId + "/progress").json()
                    .getJsonArray("days").getValuesAs(jakarta.json.JsonObject.class);
            assertThat(days).isNotEmpty();
            assertThat(days.get(days.size() - 1).getJsonNumber("rate").bigDecimalValue()).isPositive();
            List<String> expected = new java.util.ArrayList<>();
            for (int day = 0; day < days.size(); day++) {
                expected.add("Response rate, day " + (day + 1) + ": " + days.get(day).getJsonNumber("rate").bigDecimalValue()
                        .setScale(0, java.math.RoundingMode.HALF_UP) + " %");
            }
            assertThat(browser.script("return [...document.querySelectorAll('#cycles\\\\:progress circle[aria-label]')]"
                    + ".map(c => c.getAttribute('aria-label')).join('|')").toString()).isEqualTo(String.join("|", expected));
            browser.screenshot("12b-survey-progress");
            browser.click(By.id("cycles:cycleTable:0:close"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertThat(browser.find(By.id("messages")).getText()).contains("is closed");
            awaitScores(cycleId);
            browser.open("/scores.xhtml?cycle=" + cycleId + "&salesperson=" + sellerId);
            assertThat(browser.find(By.id("heatmap")).getText()).contains("Nora Lindgren " + tag);
            assertThat(browser.find(By.id("comments")).getText()).as("shown as typed, not as markup")
                    .contains("<b>Always</b> honest with us & quick to call back.");
            browser.screenshot("15-heatmap");
            assertThat(browser.accessibilityViolations()).as("axe-core on 15-heatmap").isEmpty();
            browser.open("/trend.xhtml?program=" + programId + "&salesperson=" + sellerId);
            assertThat(browser.pageText()).contains("Trend of Nora Lindgren " + tag);
            browser.screenshot("16-trend");
        } finally {
            smtp.stop();
        }
    }

    /** An answer rating every value of the survey: a 4, or (for some customers) a 3. */
    private static String answer(jakarta.json.JsonObject survey, int variant) {
        var ratings = jakarta.json.Json.createObjectBuilder();
        survey.getJsonArray("values").getValuesAs(jakarta.json.JsonObject.class)
                .forEach(v -> ratings.add(v.getJsonNumber("id").toString(), variant % 2 == 0 ? 4 : 3));
        return jakarta.json.Json.createObjectBuilder().add("ratings", ratings).add("comment", "Answer " + variant)
                .build().toString();
    }

    /** Signs in as {@code user}, opens their task of the programme from the inbox and completes it (with a decision). */
    private static void workTask(Browser browser, String user, String programme, String decision) {
        browser.click(By.id("signOut"));
        long programId = Api.get(user, "/api/programs").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(program -> program.getString("name").equals(programme)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        browser.open("/inbox.xhtml?program=" + programId).signIn(user);
        // its tasks, however many others made meanwhile; opened again, since signing in may land on the home page
        browser.open("/inbox.xhtml?program=" + programId).awaitAjax();
        browser.click(By.xpath("//tr[td[contains(., '" + programme + "')]]//a[contains(@class,'task-link')]"));
        if (decision != null) {
            String menu = browser.script("return document.querySelector('.field-decision select').id").toString();
            browser.choose(menu.substring(0, menu.length() - "_input".length()), decision);
        }
        browser.click(By.id("task:complete"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertThat(browser.find(By.id("inbox:messages")).getText()).as("%s completed their task", user).contains("is complete");
    }

    @Test
    @DisplayName("lena proposes an exit on the page (refused without a failed plan, accepted with a document); hana works the offboarding checklist to closure")
    void hrWorksTheOffboardingChecklistToClosure() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Olaf Berg " + tag;
        Api.Reply seller = Api.postJson("lena", "/api/salespeople", "{\"name\": \"" + name + "\", \"email\": \"olaf-" + tag
                + "@culture.example\", \"team\": \"North\"}");
        assertThat(seller.status()).isEqualTo(201);
        long sellerId = seller.json().getJsonNumber("id").longValue();
        String csv = "organisation,name,email,salesperson,language\n"
                + "Harbour AG,Ida Harbour,ida-" + tag + "@customer.example,olaf-" + tag + "@culture.example,en\n"
                + "Fjord Ltd,Jon Fjord,jon-" + tag + "@customer.example,olaf-" + tag + "@culture.example,en\n";
        assertThat(Api.postBytes("lena", "/api/customers", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
        long caseId;
        try (Browser browser = new Browser()) {
            browser.open("/exits.xhtml").signIn("lena");
            String candidate = browser.find(By.xpath("//select[@id='propose:salespersonId_input']/option[contains(., '" + name + "')]"))
                    .getAttribute("textContent").strip();
            browser.choose("propose:salespersonId", candidate)
                    .choose("propose:reason", "incapable of living the values")
                    .type(By.id("propose:statement"), "Misses every coaching session; customers complain.")
                    .click(By.id("propose:submit"));
            assertThat(browser.pageText()).as("the evidence gate, on the page, at the reason")
                    .contains("needs a completed recovery plan");
            browser.screenshot("17-exit-gate");

            java.nio.file.Path letter = java.nio.file.Files.createTempFile("warning-letter", ".txt");
            java.nio.file.Files.writeString(letter, "Written warning: refused the customer-first value twice.");
            browser.choose("propose:reason", "unwilling to live the values")
                    .upload(By.id("propose:documents_input"), letter);
            assertThat(browser.find(By.id("propose:documentNames")).getText()).contains(letter.getFileName().toString());
            browser.click(By.id("propose:submit"));
            assertThat(browser.find(By.id("stage")).getText()).isEqualTo("HR review");
            assertThat(browser.pageText()).contains(letter.getFileName().toString()).contains("Exit proposed");
            caseId = Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            browser.screenshot("18-exit-proposed");
        }
        assertThat(Api.postJson("hana", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
        assertThat(Api.postJson("eric", "/api/exit-cases/" + caseId + "/approval", "{\"decision\": \"APPROVE\"}").status()).isEqualTo(200);

        try (Browser browser = new Browser()) {
            browser.open("/exits.xhtml").signIn("hana");
            By row = By.xpath("//tr[td[contains(., '" + name + "')]]");
            assertThat(browser.find(row).getText()).contains("offboarding");
            browser.screenshot("19-hr-workspace");
            browser.click(By.xpath("//tr[td[contains(., '" + name + "')]]//a"));
            browser.click(By.id("checklistForm:close"));
            assertThat(browser.find(By.id("messages")).getText()).contains("checklist items are still open");
            browser.screenshot("20-exit-checklist-open");
            assertThat(browser.accessibilityViolations()).as("axe-core on 20-exit-checklist-open").isEmpty();
            for (int item = 0; item < 5; item++) {
                String prefix = "checklistForm:checklist:" + item + ":";
                if (browser.isPresent(By.id(prefix + "owner"))) {
                    browser.choose(prefix + "owner", "Sara Svensson (North)");
                }
                browser.click(By.id(prefix + "tick"));
                assertThat(browser.find(By.id("messages")).getText()).contains("Ticked.");
            }
            assertThat(browser.find(By.id("checklistForm:checklist")).getText()).contains("to Sara Svensson")
                    .contains("Ida Harbour").contains("Jon Fjord");
            browser.click(By.id("checklistForm:close"));
            assertThat(browser.find(By.id("stage")).getText()).isEqualTo("closed");
            assertThat(browser.find(By.id("messages")).getText()).contains("The case is closed");
            browser.screenshot("21-exit-closed");
        }
        assertThat(Api.get("lena", "/api/salespeople/" + sellerId).json().getString("status")).isEqualTo("EXITED");
        assertThat(Api.get("lena", "/api/exit-cases/" + caseId).json().getJsonArray("checklist").getValuesAs(jakarta.json.JsonObject.class))
                .isNotEmpty().allSatisfy(i -> assertThat(i.getString("doneBy")).isEqualTo("hana"));
    }

    @Test
    @DisplayName("aude verifies the chain, reads an exit case's timeline and its diagram with the current step highlighted, and exports")
    void auditorReadsTimelineAndDiagram() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply seller = Api.postJson("lena", "/api/salespeople", "{\"name\": \"Pia Audit " + tag + "\", \"email\": \"pia-" + tag
                + "@culture.example\", \"team\": \"North\"}");
        long sellerId = seller.json().getJsonNumber("id").longValue();
        Api.Reply proposed = Api.postJson("lena", "/api/exit-cases", "{\"salespersonId\": " + sellerId + ", \"reason\": \"UNWILLING\","
                + " \"statement\": \"Refused the values in writing\", \"documents\": [{\"name\": \"letter.txt\","
                + " \"contentType\": \"text/plain\", \"content\": \"UmVmdXNlZA==\"}]}");
        long caseId = proposed.json().getJsonObject("summary").getJsonNumber("id").longValue();
        Api.postJson("hana", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"RETURN\", \"comment\": \"Dates please\"}");
        Api.postJson("lena", "/api/exit-cases/" + caseId + "/evidence", "{\"note\": \"Dates added\"}");
        Api.postJson("hana", "/api/exit-cases/" + caseId + "/hr-review", "{\"decision\": \"ACCEPT\"}");

        try (Browser browser = new Browser()) {
            browser.open("/audit.xhtml").signIn("aude");
            browser.click(By.id("verifyForm:verify"));
            assertThat(browser.find(By.id("verifyForm:verdict")).getText()).contains("The chain is intact");
            browser.screenshot("22-audit-verified");

            browser.open("/audit.xhtml?subject=exit-case&id=" + caseId);
            By current = By.cssSelector("#diagram g.djs-element.current[data-element-id='ApproveExit']");
            By done = By.cssSelector("#diagram g.djs-element.done[data-element-id='HrReview']");
            assertThat(browser.find(By.cssSelector("#diagram[data-shown]")).isDisplayed()).as("bpmn-js drew it").isTrue();
            assertThat(browser.isPresent(current)).as("the current step highlighted").isTrue();
            assertThat(browser.isPresent(done)).as("the path taken").isTrue();
            assertThat(browser.isPresent(By.cssSelector("#diagram g.djs-element.done[data-element-id='AddEvidence']"))).isTrue();
            assertThat(browser.isPresent(By.cssSelector("#diagram g.djs-element.done[data-element-id='Offboard']"))).isFalse();
            assertThat(browser.find(By.id("events")).getText()).contains("Exit proposed").contains("completed: Review the exit case")
                    .contains("RETURN → ACCEPT").contains("Hana Okafor").contains("Lena Lindqvist");
            browser.screenshot("23-audit-timeline-diagram");
            assertThat(browser.find(By.id("total")).getText()).isNotBlank();
            assertThat(browser.find(By.id("exportCsv")).getAttribute("href")).contains("case=" + caseId).contains("format=csv");
            assertThat(browser.find(By.id("timelinePdf")).getAttribute("href"))
                    .endsWith("/api/audit/timeline?subject=exit-case&id=" + caseId + "&format=pdf");
            // names, not ids: whose case, who acted; the case and the user are picked by name
            assertThat(browser.find(By.id("search:results")).getText()).contains("Exit case: Pia Audit " + tag)
                    .contains("Lena Lindqvist").contains("Hana Okafor");
            assertThat(browser.find(By.id("search:case_input")).getAttribute("value")).startsWith("Pia Audit " + tag);
            browser.type(By.id("search:user_input"), "Okaf");
            browser.click(By.cssSelector("#search\\:user_panel li[data-item-label^='Hana Okafor']"));
            browser.click(By.id("search:find"));
            long hanas = Api.get("aude", "/api/audit/decisions?case=" + caseId + "&user=hana").json().getJsonNumber("total").longValue();
            assertThat(hanas).as("her two reviews at least").isGreaterThanOrEqualTo(2);
            assertThat(browser.find(By.id("total")).getText()).isEqualTo(Long.toString(hanas));
            assertThat(browser.find(By.id("search:results")).getText()).doesNotContain("Lena Lindqvist");
            browser.screenshot("23b-audit-search-by-name");
        }
    }

    /** Markup a person could type: an element with a handler, and a script that closes the block it lands in. */
    @Test
    @DisplayName("Each role lands on a home page of its own after sign-in: my tasks for everyone, approvals for executives, open cycles and the values chart for leaders, exit cases for HR, the chain for auditors, operations for admins, their own part for salespeople")
    void everyRoleLandsOnItsHomePage() throws Exception {
        Map<String, List<String>> cardsByUser = new java.util.LinkedHashMap<>();
        cardsByUser.put("eric", List.of("homeTasks", "homeApprovals", "homeLeading"));
        cardsByUser.put("lena", List.of("homeTasks", "homeLeading"));
        cardsByUser.put("hana", List.of("homeTasks", "homeExits"));
        cardsByUser.put("aude", List.of("homeTasks", "homeAudit"));
        cardsByUser.put("adam", List.of("homeTasks", "homeOperations"));
        cardsByUser.put("sara", List.of("homeTasks", "homeOwn"));
        List<String> everyCard = List.of("homeTasks", "homeApprovals", "homeLeading", "homeExits", "homeAudit",
                "homeOperations", "homeOwn");
        for (Map.Entry<String, List<String>> user : cardsByUser.entrySet()) {
            try (Browser browser = new Browser()) {
                browser.resize(1280, 1000).open("/").signIn(user.getKey());
                assertThat(browser.currentUrl()).as("signed in, %s lands at home", user.getKey()).matches(".*/(home\\.xhtml)?");
                assertThat(browser.pageText()).contains("what needs you now");
                for (String card : everyCard) {
                    assertThat(browser.isPresent(By.id(card))).as("%s sees %s", user.getKey(), card)
                            .isEqualTo(user.getValue().contains(card));
                }
                long open = Api.get(user.getKey(), "/api/tasks?size=1").totalCount();
                assertThat(browser.find(By.cssSelector("#homeTasks .figure")).getText()).as("the inbox's count")
                        .isEqualTo(Long.toString(open));
                browser.screenshot("26-home-" + user.getKey());
            }
        }
        // the same parts through the API: only the caller's roles' parts are filled
        jakarta.json.JsonObject hr = Api.get("hana", "/api/home").json();
        assertThat(hr.isNull("exits")).isFalse();
        assertThat(hr.isNull("approvals") && hr.isNull("leading") && hr.isNull("audit") && hr.isNull("operations")
                && hr.isNull("own")).isTrue();
        assertThat(hr.getJsonObject("exits").getJsonObject("byStage").keySet())
                .containsExactly("HR_REVIEW", "EVIDENCE_REQUESTED", "EXECUTIVE_APPROVAL", "OFFBOARDING");
        jakarta.json.JsonObject executive = Api.get("eric", "/api/home").json();
        assertThat(executive.getJsonObject("approvals").getJsonArray("oldest").getValuesAs(jakarta.json.JsonObject.class))
                .as("oldest first").isSortedAccordingTo(java.util.Comparator.comparing(w -> java.time.Instant.parse(w.getString("since"))));
    }

    @Test
    @DisplayName("lena ticks two new tasks of one kind in her inbox and claims both with one click")
    void leaderClaimsSeveralTasksAtOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> tasks = List.of(Api.taskOfProgram("lena", Api.startProgram("lena", "Bulk A " + tag)),
                Api.taskOfProgram("lena", Api.startProgram("lena", "Bulk B " + tag)));
        try (Browser browser = new Browser()) {
            browser.resize(1280, 1000).open("/inbox.xhtml").signIn("lena");
            browser.screenshot("28-inbox-before-bulk");
            for (String task : tasks) {
                browser.click(By.xpath("//a[contains(@href, 'task.xhtml?id=" + task + "')]/ancestor::tr[1]//div[contains(@class, 'ui-chkbox-box')]"));
            }
            assertThat(browser.find(By.id("bulkSelected")).getText()).isEqualTo("2 selected");
            browser.screenshot("28-inbox-bulk");
            browser.click(By.id("inbox:bulkClaim"));
            assertThat(browser.awaitText("2 tasks claimed.")).contains("2 tasks claimed.");
        }
        for (String task : tasks) {
            assertThat(Api.get("lena", "/api/tasks/" + task).json().getString("assignee")).isEqualTo("lena");
        }
    }

    @Test
    @DisplayName("Times in the reader's time zone: a browser in Berlin reads when a programme started in Berlin time, one that sends no zone in UTC; the API keeps UTC")
    void timesInTheReadersZone() throws Exception {
        long programId = Api.startProgram("lena", "Zones " + UUID.randomUUID().toString().substring(0, 6));
        java.time.Instant started = java.time.Instant.parse(Api.get("lena", "/api/programs/" + programId).json().getString("startedAt"));
        java.time.format.DateTimeFormatter minutes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String berlin = minutes.withZone(java.time.ZoneId.of("Europe/Berlin")).format(started)
                + (java.time.ZoneId.of("Europe/Berlin").getRules().isDaylightSavings(started) ? " CEST" : " CET");
        try (Browser browser = new Browser()) {
            browser.timeZone("Europe/Berlin").open("/lineofsight.xhtml?program=" + programId).signIn("lena");
            browser.open("/lineofsight.xhtml?program=" + programId);
            assertThat(browser.pageText()).contains(berlin);
        }
        String utc = minutes.withZone(java.time.ZoneOffset.UTC).format(started) + " UTC";
        assertThat(WebSession.signIn("lena", "en").get("/lineofsight.xhtml?program=" + programId)).contains(utc);
    }

    @Test
    @DisabledIfSystemProperty(named = "culture.it.accessibility", matches = "off",
            disabledReason = "-Dit.accessibility=off: .ci/run checks the markup on its first database only")
    @DisplayName("Accessible to everyone: axe-core finds no WCAG 2 A or AA violation on any page, for every role, every link, button and field is in the tab order, and Tab walks through the pages with widgets")
    void everyPageIsAccessibleForEveryRole() throws Exception {
        // a real walk with Tab where date pickers, autocompletes and menus could keep the focus inside them
        List<String> tabWalked = List.of("/audit.xhtml", "/results.xhtml", "/task.xhtml", "/inbox.xhtml", "/intent.xhtml",
                "/plan.xhtml", "/exits.xhtml", "/people.xhtml");
        long programId = Api.programmeWithApprovedValues("lena");
        String p = "?program=" + programId;
        Map<String, List<String>> pagesByUser = new java.util.LinkedHashMap<>();
        pagesByUser.put("lena", List.of("/home.xhtml", "/inbox.xhtml", "/programs.xhtml", "/lineofsight.xhtml" + p,
                "/intent.xhtml" + p, "/values.xhtml" + p, "/plan.xhtml" + p, "/results.xhtml" + p, "/surveys.xhtml" + p,
                "/people.xhtml", "/customers.xhtml", "/reviews.xhtml", "/exits.xhtml"));
        long drafted = Api.startProgram("lena", "Accessible " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(Api.complete("lena", Api.taskOfProgram("lena", drafted)).status()).isEqualTo(204);
        // lena's inbox with a saved filter and its count, whichever test ran before this one
        assertThat(Api.postJson("lena", "/api/filters", "{\"name\": \"Accessible " + programId + "\", \"scope\": \"inbox\"}")
                .status()).isEqualTo(201);
        pagesByUser.put("eric", List.of("/home.xhtml", "/inbox.xhtml", "/task.xhtml?id=" + Api.taskOfProgram("eric", drafted),
                "/task.xhtml?id=" + Api.taskOfProgram("lena", programId))); // the last: a refusal message on the page
        pagesByUser.put("hana", List.of("/home.xhtml", "/exits.xhtml", "/people.xhtml"));
        pagesByUser.put("finn", List.of("/home.xhtml", "/pay.xhtml" + p));
        pagesByUser.put("aude", List.of("/home.xhtml", "/audit.xhtml"));
        pagesByUser.put("adam", List.of("/home.xhtml", "/admin.xhtml", "/accounts.xhtml"));
        pagesByUser.put("sara", List.of("/home.xhtml", "/trend.xhtml", "/pay.xhtml", "/password.xhtml"));
        Map<String, List<String>> violations = new java.util.TreeMap<>();
        try (Browser anonymous = new Browser()) {
            anonymous.open("/login.xhtml");
            violations.put("(anonymous) /login.xhtml", anonymous.accessibilityViolations());
        }
        for (Map.Entry<String, List<String>> user : pagesByUser.entrySet()) {
            try (Browser browser = new Browser()) {
                browser.open("/home.xhtml").signIn(user.getKey());
                for (String page : user.getValue()) {
                    browser.open(page).awaitAjax();
                    List<String> found = new java.util.ArrayList<>(browser.accessibilityViolations());
                    browser.unreachableByKeyboard().forEach(element -> found.add("not reachable by keyboard: " + element));
                    if (tabWalked.stream().anyMatch(page::startsWith)) { // pages with widgets that could hold the focus
                        browser.notReachedByTabbing().forEach(element -> found.add("not reached by Tab: " + element));
                    }
                    violations.put(user.getKey() + " " + page, found);
                }
            }
        }
        violations.values().removeIf(List::isEmpty);
        assertThat(violations).as("axe-core's findings per page").isEmpty();
    }

    @Test
    @DisplayName("lena records a deliverable's figure on the results page, by hand and from a CRM export, and sees its progress; a second figure for the same day is refused with a message")
    void leaderRecordsResults() throws Exception {
        long programId = Api.startProgram("lena", "Results " + UUID.randomUUID().toString().substring(0, 6));
        assertThat(Api.complete("lena", Api.taskOfProgram("lena", programId)).status()).isEqualTo(204);
        Api.approve("eric", programId);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        try (Browser browser = new Browser()) {
            browser.resize(1280, 1000).open("/results.xhtml?program=" + programId).signIn("lena");
            assertThat(browser.pageText()).contains("Revenue from existing clients in segment X").contains("No figures yet.");
            // the date as the picker would set it (its calendar panel would cover the button)
            browser.script("document.getElementById('recordForm:asOf_input').value = arguments[0]", today.minusDays(10).toString());
            browser.type(By.id("recordForm:value_input"), "10.5")
                    .type(By.id("recordForm:source"), "Monthly CRM report")
                    .click(By.id("recordForm:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains("Figure recorded.");
            assertThat(browser.pageText()).contains("Latest 10.5").contains("25 % of the way").contains("Monthly CRM report");
            java.nio.file.Path export = java.nio.file.Files.createTempFile("crm-export", ".csv");
            java.nio.file.Files.writeString(export, "deliverable,team,date,value,source\n1,North," + today + ",11,CRM\n");
            browser.upload(By.id("importForm:file_input"), export);
            assertThat(browser.find(By.id("messages")).getText()).contains("1 figure recorded");
            assertThat(browser.pageText()).contains("North");
            browser.screenshot("23-results");
            browser.script("document.getElementById('recordForm:asOf_input').value = arguments[0]", today.minusDays(10).toString());
            browser.type(By.id("recordForm:value_input"), "10.7").click(By.id("recordForm:save"));
            assertThat(browser.find(By.id("messages")).getText()).contains("is recorded already");
        }
    }

    private static final String TAG = "<img src=x-xss onerror=window.__xss=1>";
    private static final String BREAKOUT = "</script><script>window.__xss=1</script>";

    @Test
    @DisplayName("Markup typed into every free-text field stays text on every page that shows it: no element, no script, nothing runs")
    void markupInEveryFreeTextFieldStaysText() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        // names, statements, deliverables, values, behaviours, the plan: a programme written in markup
        long programId = Api.startProgram("lena", TAG + " Programme " + run + " " + BREAKOUT);
        String intent = "/api/programs/" + programId + "/intent";
        assertThat(Api.putJson("lena", intent, Api.validIntent()
                .replace("Become the partner our clients grow with", TAG + BREAKOUT + " partner")
                .replace("Revenue from existing clients in segment X", "Revenue from " + TAG + " clients " + BREAKOUT)
                .replace("Mid-size manufacturers", TAG + " manufacturers " + BREAKOUT)).status()).isEqualTo(200);
        String task = Api.taskOfProgram("lena", programId);
        assertThat(Api.postJson("lena", "/api/tasks/" + task + "/comments", "{\"text\": \"" + json(TAG + BREAKOUT) + "\"}")
                .status()).isEqualTo(201);
        assertThat(Api.postBytes("lena", "/api/tasks/" + task + "/attachments?name=" + java.net.URLEncoder.encode(
                "\"><img src=x-xss onerror=window.__xss=1>.txt", java.nio.charset.StandardCharsets.UTF_8), "text/plain",
                "evidence".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(Api.complete("lena", task).status()).isEqualTo(204);
        assertThat(Api.postJson("eric", "/api/tasks/" + Api.taskOfProgram("eric", programId) + "/complete",
                "{\"decision\": \"REJECT\", \"reason\": \"" + json(TAG + BREAKOUT) + "\"}").status()).isEqualTo(204);

        // values and behaviours, on a second programme whose intent was approved
        long valued = Api.startProgram("lena", "Values " + run);
        assertThat(Api.complete("lena", Api.taskOfProgram("lena", valued)).status()).isEqualTo(204);
        Api.approve("eric", valued);
        String value = "{\"name\": \"%s\", \"statement\": \"%s\", \"behaviours\": [\"%s\", \"%s\"]}";
        String values = "{\"values\": [" + String.format(value, json(TAG + " 1"), json(BREAKOUT), json(TAG), json(BREAKOUT)) + ", "
                + String.format(value, json(BREAKOUT), json(TAG), json(TAG + " b"), json(BREAKOUT + " b")) + ", "
                + String.format(value, json("Plain " + run), json("Plain"), json("One " + TAG), json("Two")) + "]}";
        Api.Reply drafted = Api.putJson("lena", "/api/programs/" + valued + "/values", values);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);

        // people and customers, from CSV imports
        String team = "Team " + run;
        assertThat(Api.postJson("hana", "/api/teams", "{\"name\": \"" + json(team) + "\", \"leader\": \"leo\"}").status()).isEqualTo(201);
        String seller = "seller-" + run + "@culture.example";
        String people = "name,email,team\n\"" + TAG + " Seller\",";
        assertThat(Api.post("lena", "/api/salespeople", "text/csv", people + seller + "," + team + "\n").status()).isEqualTo(200);
        assertThat(Api.postBytes("lena", "/api/customers", "text/csv", ("organisation,name,email,salesperson\n\"" + TAG
                + " AG\",\"" + BREAKOUT + "\",customer-" + run + "@customer.example," + seller + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
        long sellerId = Api.get("lena", "/api/salespeople?team=" + Api.get("lena", "/api/teams").jsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(t -> t.getString("name").equals(team))
                .findFirst().orElseThrow().getJsonNumber("id").longValue()).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();

        // an exit case: statement, document name, cancellation reason
        Api.Reply proposed = Api.postJson("lena", "/api/exit-cases", "{\"salespersonId\": " + sellerId
                + ", \"reason\": \"UNWILLING\", \"statement\": \"" + json(TAG + BREAKOUT) + "\", \"documents\": [{\"name\":"
                + " \"" + json(TAG) + ".txt\", \"contentType\": \"text/plain\", \"content\": \"UmVmdXNlZA==\"}]}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long caseId = proposed.json().getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(Api.postJson("lena", "/api/exit-cases/" + caseId + "/cancel", "{\"reason\": \"" + json(TAG + BREAKOUT) + "\"}")
                .status()).isEqualTo(200);

        // a figure of the approved intent's deliverable, its source in markup
        assertThat(Api.postJson("lena", "/api/programs/" + valued + "/deliverables/1/actuals", "{\"asOf\": \""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\", \"value\": 10.5, \"source\": \"" + json(TAG + BREAKOUT)
                + "\"}").status()).isEqualTo(201);
        // the customer answers in markup: the rating of 2 opens a follow-up for the seller's leader (leo), who notes in markup
        FollowUp answered = followUpInMarkup(valued, "customer-" + run + "@customer.example");
        String followUp = answered.task();

        assertMarkupStaysText(java.util.Map.of(
                "lena", List.of("/programs.xhtml", "/lineofsight.xhtml?program=" + programId, "/intent.xhtml?program=" + programId,
                        "/values.xhtml?program=" + valued, "/lineofsight.xhtml?program=" + valued,
                        "/inbox.xhtml", "/task.xhtml?id=" + Api.taskOfProgram("lena", programId), "/people.xhtml",
                        "/customers.xhtml", "/exits.xhtml", "/exit.xhtml?id=" + caseId,
                        "/trend.xhtml?program=" + valued + "&salesperson=" + sellerId, "/results.xhtml?program=" + valued),
                "leo", List.of("/task.xhtml?id=" + followUp)));
        // the follow-up's note, once recorded, is in its process's trail
        String followUpProcess = Api.get("leo", "/api/tasks/" + followUp).json().getString("processInstanceId");
        assertThat(Api.postJson("leo", "/api/tasks/" + followUp + "/complete", "{\"outcome\": \"RESOLVED\", \"summary\": \""
                + json("Called back " + TAG + BREAKOUT) + "\"}").status()).isEqualTo(204);
        // the cycle closed and scored: the heatmap and the trend chart's data name the seller and the values
        assertThat(Api.post("lena", "/api/survey-cycles/" + answered.cycleId() + "/close").status()).isEqualTo(200);
        awaitScores(answered.cycleId());
        assertMarkupStaysText(java.util.Map.of("lena", List.of("/scores.xhtml?cycle=" + answered.cycleId() + "&salesperson="
                + sellerId, "/trend.xhtml?program=" + valued + "&salesperson=" + sellerId)));
        assertMarkupStaysText(java.util.Map.of("aude", List.of("/audit.xhtml?subject=exit-case&id=" + caseId,
                "/audit.xhtml?subject=program&id=" + programId, "/audit.xhtml?subject=process&id=" + followUpProcess)));
    }

    /** Each user's pages show the markup typed into them (as text or in a field), and nothing of it runs. */
    private static void assertMarkupStaysText(java.util.Map<String, List<String>> pagesByUser) throws Exception {
        for (var entry : pagesByUser.entrySet()) {
            try (Browser browser = new Browser()) {
                browser.open("/inbox.xhtml").signIn(entry.getKey());
                for (String page : entry.getValue()) {
                    assertNothingRuns(browser, page);
                }
                browser.screenshot("22-markup-" + entry.getKey());
            }
        }
    }

    /** Waits until the closed cycle's scores are computed (a job after the close). */
    private static void awaitScores(long cycleId) throws InterruptedException {
        long scored = System.currentTimeMillis() + 45_000;
        while (!Api.get("lena", "/api/survey-cycles/" + cycleId).json().getString("status").equals("CLOSED")
                || Api.get("lena", "/api/survey-cycles/" + cycleId + "/scores").json().getJsonArray("salespeople").isEmpty()) {
            assertThat(System.currentTimeMillis()).as("scores computed").isLessThan(scored);
            Thread.sleep(300);
        }
    }

    /** The page shows the markup typed into it (as text or in a field), and nothing of it runs. */
    private static void assertNothingRuns(Browser browser, String page) {
        browser.open(page);
        browser.awaitAjax();
        assertThat((String) browser.script("return document.documentElement.outerHTML;"))
                .as("%s shows the markup (as text or in a field)", page).contains("x-xss");
        Object verdict = browser.script("return [window.__xss === undefined,"
                + " document.querySelectorAll('img[src=\"x-xss\"]').length,"
                + " Array.from(document.scripts).filter(s => s.textContent.trim() === 'window.__xss=1').length];");
        assertThat(verdict).as("%s: nothing ran, no element or script was made from the text", page)
                .isEqualTo(List.of(true, 0L, 0L));
    }

    /**
     * Approves the programme's values, opens a cycle and, through the mailed link, answers for
     * {@code customer} with a 2 and a comment in markup; returns the follow-up task this opens.
     */
    private static FollowUp followUpInMarkup(long programId, String customer) throws Exception {
        assertThat(Api.complete("lena", Api.taskOfProgram("lena", programId)).status()).isEqualTo(204);
        Api.approve("eric", programId);
        long cycleId;
        try (SmtpSink smtp = new SmtpSink(InServer.smtpPort())) {
            Api.Reply opened = Api.post("lena", "/api/programs/" + programId + "/survey-cycles");
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            cycleId = opened.json().getJsonNumber("id").longValue();
            String token = null;
            for (int wait = 0; wait < 600 && token == null; wait++) {
                token = smtp.linksTo(customer).stream().findFirst().orElse(null);
                Thread.sleep(100);
            }
            assertThat(token).as("a link mailed to " + customer).isNotNull();
            try (Browser customersBrowser = new Browser()) { // the customer's page: the seller's name, the values
                assertNothingRuns(customersBrowser, "/survey/" + token);
                customersBrowser.screenshot("22-markup-survey");
            }
            var ratings = jakarta.json.Json.createObjectBuilder();
            Api.get(null, "/api/surveys/" + token).json().getJsonArray("values").getValuesAs(jakarta.json.JsonObject.class)
                    .forEach(value -> ratings.add(value.getJsonNumber("id").toString(), 2));
            assertThat(Api.postJson(null, "/api/surveys/" + token, jakarta.json.Json.createObjectBuilder().add("ratings", ratings)
                    .add("comment", TAG + BREAKOUT).build().toString()).status()).isEqualTo(204);
        }
        // the follow-up's task comes from a job after the answer's commit (asyncBefore)
        var followUps = Api.await(() -> Api.get("leo", "/api/tasks?program=" + programId + "&process=survey-follow-up").jsonArray(),
                tasks -> !tasks.isEmpty());
        assertThat(followUps).as("one follow-up, with the seller's leader").hasSize(1);
        assertThat(followUps.getJsonObject(0).getString("name")).isEqualTo("Follow up with the customer");
        return new FollowUp(followUps.getJsonObject(0).getString("id"), cycleId);
    }

    /** A follow-up task, and the cycle whose answer opened it. */
    private record FollowUp(String task, long cycleId) {
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Test
    @DisplayName("adam opens an account on the Accounts page; its holder sets a password through the mailed link; a role adam adds shows at their next click; disabled, they are out at once")
    void adminOpensAnAccountAndItsHolderSetsThePassword() throws Exception {
        String username = "web-" + UUID.randomUUID().toString().substring(0, 6);
        String email = username + "@culture.example";
        String password = "Four quiet herons by the lake";
        com.icegreen.greenmail.util.GreenMail smtp = InServer.startSmtp();
        try (Browser admin = new Browser(); Browser holder = new Browser()) {
            admin.open("/accounts.xhtml").signIn("adam");
            admin.type(By.id("open:username"), username).type(By.id("open:name"), "Web Person")
                    .type(By.id("open:email"), email)
                    .click(By.xpath("//*[@id='open:roles']//label[normalize-space()='Salesperson']"))
                    .click(By.id("open:submit"));
            assertThat(admin.find(By.id("messages")).getText()).contains("Account " + username + " opened");
            admin.screenshot("accounts-01-opened");

            String link = awaitLink(smtp, email);
            holder.open(link.substring(link.indexOf("/password.xhtml")));
            holder.screenshot("accounts-02-set-password");
            holder.type(By.id("pw:password"), "short").type(By.id("pw:repeated"), "short")
                    .click(By.id("pw:save"));
            assertThat(holder.find(By.xpath("//*[contains(text(), 'A password has at least 12 characters')]")).isDisplayed())
                    .as("the policy, beside the field").isTrue();
            holder.screenshot("accounts-02b-policy");
            holder.type(By.id("pw:password"), password).type(By.id("pw:repeated"), password)
                    .click(By.id("pw:save"));
            assertThat(holder.find(By.id("pw:done")).getText()).contains("Your password is set");
            holder.click(By.id("toLogin")).signIn(username, password);
            assertThat(holder.isPresent(By.id("exitsLink"))).isFalse();

            admin.click(By.xpath("//a[normalize-space()='" + username + "']"))
                    .click(By.xpath("//*[@id='account:roles']//label[normalize-space()='HR']"))
                    .click(By.id("account:saveRoles"));
            assertThat(admin.find(By.id("messages")).getText()).contains("Roles of Web Person saved");
            admin.screenshot("accounts-03-roles");
            holder.open("/inbox.xhtml");
            assertThat(holder.isPresent(By.id("exitsLink"))).as("HR from the next click on").isTrue();

            admin.type(By.id("account:reason"), "Test over").click(By.id("account:disable"));
            assertThat(admin.find(By.id("messages")).getText()).contains("Web Person is disabled");
            holder.open("/inbox.xhtml");
            assertThat(holder.currentUrl()).as("signed out at once").contains("/login.xhtml");
        } finally {
            smtp.stop();
        }
    }

    private static String awaitLink(com.icegreen.greenmail.util.GreenMail smtp, String email) throws Exception {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("https?://\\S+/password\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getAllRecipients()[0].toString().equals(email)) {
                    java.util.regex.Matcher found = link.matcher(mail.getContent().toString());
                    if (found.find()) {
                        return found.group();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no set-password mail to " + email);
    }
}
