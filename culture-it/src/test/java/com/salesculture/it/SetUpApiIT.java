package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programme set-up from outside, as an integration uses it: {@code /api/programs} and the page that
 * lists programmes, {@code /api/teams} and {@code /api/salespeople} (one deployment for all).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SetUpApiIT {

    private static final String JSON = "application/json";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    @DisplayName("The OpenAPI description is complete (every call summarised, with its id, security and error answers) and Redocly's recommended rules find nothing")
    void apiDescriptionIsCompleteAndLints() throws Exception {
        String description = Api.get(null, "/openapi?format=JSON").body();
        JsonObject api = jakarta.json.Json.createReader(new java.io.StringReader(description)).readObject();
        List<JsonObject> operations = api.getJsonObject("paths").values().stream().map(jakarta.json.JsonValue::asJsonObject)
                .flatMap(item -> item.values().stream().map(jakarta.json.JsonValue::asJsonObject)).toList();
        List<String> probes = List.of("PingResource_get", "PingResource_post", "HealthResource_live", "HealthResource_ready",
                "MetricsResource_metrics"); // they answer every request
        assertThat(operations).hasSizeGreaterThan(100).allSatisfy(operation -> {
            assertThat(operation.getString("summary", "")).isNotBlank();
            if (!probes.contains(operation.getString("operationId"))) {
                assertThat(operation.getJsonObject("responses").keySet()).as(operation.getString("operationId"))
                        .anyMatch(status -> status.startsWith("4"));
            }
        });
        assertThat(operations.stream().map(operation -> operation.getString("operationId")).distinct()).hasSameSizeAs(operations);
        // every answer's body has a schema: JSON as a record's, files as strings
        assertThat(operations).allSatisfy(operation -> operation.getJsonObject("responses").forEach((status, response) -> {
            JsonObject content = response.asJsonObject().getJsonObject("content");
            if (status.startsWith("2") && content != null) {
                content.forEach((mediaType, body) -> assertThat(body.asJsonObject().getJsonObject("schema"))
                        .as("%s %s %s", operation.getString("operationId"), status, mediaType).isNotNull().isNotEmpty());
            }
        }));
        // and each JSON answer an example: on its schema, or on the schema of its items
        JsonObject schemas = api.getJsonObject("components").getJsonObject("schemas");
        assertThat(operations).allSatisfy(operation -> operation.getJsonObject("responses").forEach((status, response) -> {
            JsonObject json = Optional.ofNullable(response.asJsonObject().getJsonObject("content"))
                    .map(content -> content.getJsonObject(JSON)).orElse(null);
            if (status.startsWith("2") && json != null) {
                JsonObject schema = json.getJsonObject("schema");
                String reference = schema.containsKey("items") ? schema.getJsonObject("items").getString("$ref", "")
                        : schema.getString("$ref", "");
                assertThat(reference).as("%s %s: a named schema", operation.getString("operationId"), status).isNotEmpty();
                assertThat(schemas.getJsonObject(reference.substring(reference.lastIndexOf('/') + 1)).getJsonArray("examples"))
                        .as("%s %s: the example of %s", operation.getString("operationId"), status, reference).isNotEmpty();
            }
        }));
        JsonObject examples = jakarta.json.Json.createReader(java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(
                "../culture-web/src/main/resources/com/salesculture/web/rest/response-examples.json"))).readObject();
        assertThat(schemas.keySet()).as("no example of a schema that is gone").containsAll(examples.keySet());
        assertThat(api.getJsonObject("paths").getJsonObject("/api/surveys/{token}").getJsonObject("post").getJsonArray("security")
                .getValuesAs(JsonObject.class)).as("a customer's link needs no account: {}").singleElement()
                .satisfies(requirement -> assertThat(requirement).isEmpty());
        assertThat(api.getJsonObject("paths").getJsonObject("/api/tasks/{id}/claim").getJsonObject("post").containsKey("security"))
                .as("the others need one (the description's global Basic or bearer)").isFalse();
        assertThat(api.getJsonObject("components").getJsonObject("securitySchemes").keySet()).containsExactlyInAnyOrder("basic", "bearer");
        assertThat(api.getJsonObject("components").getJsonObject("schemas").getJsonObject("ErrorBody").getJsonArray("examples"))
                .as("the error body's example").isNotEmpty();
        // what the description says of credentials holds: every GET without a path parameter, asked anonymously
        api.getJsonObject("paths").forEach((path, item) -> {
            JsonObject get = item.asJsonObject().getJsonObject("get");
            if (get != null && !path.contains("{")) {
                boolean open = get.containsKey("security");
                assertThat(Api.get(null, path).status()).as("GET %s without credentials", path)
                        .matches(status -> open ? status != 401 : status == 401);
            }
        });

        java.nio.file.Path file = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target")).resolve("openapi.json");
        java.nio.file.Files.writeString(file, description);
        ProcessBuilder lint = new ProcessBuilder("node", System.getProperty("culture.it.redocly"), "lint", file.toString(),
                "--config", System.getProperty("culture.it.redocly.config"), "--format", "json", "--max-problems", "1000")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process linting = lint.start();
        String report = new String(linting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        linting.waitFor();
        JsonObject result = jakarta.json.Json.createReader(new java.io.StringReader(report.substring(report.indexOf('{')))).readObject();
        assertThat(result.getJsonArray("problems").getValuesAs(JsonObject.class)).as("Redocly's findings")
                .extracting(problem -> problem.getString("ruleId") + ": " + problem.getString("message") + " at "
                        + problem.getJsonArray("location").getJsonObject(0).getString("pointer", ""))
                .isEmpty();
    }

    @Test
    @DisplayName("Every request body the description documents has an example the server reads as described, and each "
            + "property of another JSON type is refused by name")
    void everyDocumentedRequestBodyIsReadAsDescribed() {
        JsonObject api = Api.get(null, "/openapi?format=JSON").json();
        JsonObject schemas = api.getJsonObject("components").getJsonObject("schemas");
        List<String> checked = new java.util.ArrayList<>();
        api.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().forEach((method, value) -> {
            JsonObject operation = value.asJsonObject();
            if (!operation.containsKey("requestBody")) {
                return;
            }
            String name = method.toUpperCase(java.util.Locale.ROOT) + " " + template;
            String path = template.replaceAll("\\{(id|number|version|salespersonId|documentId|evidenceId)}", "987654321")
                    .replaceAll("\\{[a-zA-Z]+}", "nothing-" + UUID.randomUUID());
            JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
            assertThat(content).as(name).isNotEmpty();
            content.forEach((mediaType, description) -> {
                if (!mediaType.equals(JSON) && !mediaType.equals("text/csv")) {
                    return; // an uploaded file: any bytes
                }
                JsonObject declared = description.asJsonObject().getJsonObject("schema");
                boolean taskForm = declared != null && declared.getString("$ref", "").endsWith("Form");
                JsonObject schema = resolve(schemas, declared);
                String example = example(description.asJsonObject(), schema);
                assertThat(example).as("%s: an example of its %s body", name, mediaType).isNotNull();
                // the first role the call allows: the others are refused before the body is read
                Api.Reply reply = null;
                String user = null;
                for (String candidate : List.of("adam", "lena", "hana", "eric", "finn", "aude", "sara")) {
                    reply = Api.send(candidate, method, path, mediaType, example);
                    user = candidate;
                    if (reply.status() != 403) {
                        break;
                    }
                }
                assertThat(reply.status()).as("%s with its example as %s: %s", name, user, reply.body())
                        .isNotIn(403, 415).isLessThan(500);
                List<String> typeErrors = mediaType.equals(JSON) ? wrongTypesRefused(name, user, method, path, schema, taskForm) : List.of();
                if (reply.status() == 400) {
                    assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class)).as("%s with its example", name)
                            .noneSatisfy(error -> assertThat(error.getString("message")).isIn(typeErrors))
                            .noneSatisfy(error -> assertThat(error.get("field").toString()).contains("Content-Type"));
                }
                checked.add(name + " " + mediaType);
            });
        }));
        assertThat(checked).as("bodies checked").hasSizeGreaterThan(40);
    }

    @Test
    @DisplayName("A client generated from the description alone (openapi-generator, typescript-fetch) compiles and runs a "
            + "programme: intent, values, plan and their approvals, a survey cycle, a refusal, the close")
    void aGeneratedClientRunsAProgramme() throws Exception {
        java.nio.file.Path client = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "client"));
        java.nio.file.Files.writeString(client.resolve("openapi.json"), Api.get(null, "/openapi?format=JSON").body());
        java.nio.file.Files.copy(java.nio.file.Path.of(System.getProperty("culture.it.client"), "programme.ts"),
                client.resolve("programme.ts"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        run(client, "java", "-jar", System.getProperty("culture.it.openapi-generator"), "generate", "-i", "openapi.json",
                "-g", "typescript-fetch", "-o", "generated"); // with the generator's own validation of the description
        run(client, "node", System.getProperty("culture.it.tsc"), "--target", "es2022", "--module", "commonjs",
                "--lib", "es2022,dom", "--strict", "--skipLibCheck", "--outDir", "out", "programme.ts");
        String ran = run(client, "node", "out/programme.js");

        assertThat(ran).contains("\"phase\":\"CLOSED\"");
    }

    /** Runs a command in {@code directory} and returns what it printed; it must succeed. */
    private static String run(java.nio.file.Path directory, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("CULTURE_BASE_URL", Api.BASE_URL);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("%s:%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    /**
     * Sends the schema's properties each as another JSON type and expects a 400 that names every one;
     * a task form's fields are judged by the task's form, after the task is found (so 404 here).
     *
     * @return the messages of the refusal (the server's words for a wrong type)
     */
    private static List<String> wrongTypesRefused(String name, String user, String method, String path, JsonObject schema,
                                                  boolean taskForm) {
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null || properties.isEmpty()) {
            return List.of();
        }
        jakarta.json.JsonObjectBuilder wrong = jakarta.json.Json.createObjectBuilder();
        properties.forEach((property, type) -> {
            String declared = type.asJsonObject().containsKey("type") ? type.asJsonObject().get("type").toString() : "\"object\"";
            if (declared.contains("string")) {
                wrong.add(property, 12345);
            } else {
                wrong.add(property, "not a " + declared);
            }
        });
        Api.Reply reply = Api.send(user, method, path, JSON, wrong.build().toString());
        if (taskForm && reply.status() == 404) {
            return List.of(); // the task's form reads its fields once the task is found (ReviewExitIT)
        }
        assertThat(reply.status()).as("%s with every property of another type: %s", name, reply.body()).isEqualTo(400);
        List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).as("%s names each property of another type", name)
                .extracting(error -> error.getString("field", null))
                .containsAll(properties.keySet());
        return errors.stream().map(error -> error.getString("message")).toList();
    }

    /** A schema with its {@code $ref} followed (and the first of an {@code anyOf}: an import's single entry). */
    private static JsonObject resolve(JsonObject schemas, JsonObject schema) {
        if (schema == null) {
            return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("$ref")) {
            return resolve(schemas, schemas.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length())));
        }
        if (schema.containsKey("anyOf")) {
            return resolve(schemas, schema.getJsonArray("anyOf").getJsonObject(0));
        }
        return schema;
    }

    /** The body's example: the media type's own, else its schema's. */
    private static String example(JsonObject mediaType, JsonObject schema) {
        jakarta.json.JsonValue example = mediaType.containsKey("examples")
                ? mediaType.getJsonObject("examples").values().iterator().next().asJsonObject().get("value")
                : mediaType.containsKey("example") ? mediaType.get("example")
                : schema.containsKey("examples") ? schema.getJsonArray("examples").get(0) : null;
        if (example == null) {
            return null;
        }
        return example instanceof jakarta.json.JsonString text ? text.getString() : example.toString();
    }

    @Test
    @DisplayName("A sales leader starts a programme: 201, Location, and the same programme when read back")
    void startAndReadBack() {
        String name = "Grow with existing clients " + UUID.randomUUID();

        Api.Reply created = Api.postJson("leo", "/api/programs",
                "{\"name\": \"" + name + "\", \"horizonMonths\": 36}");

        assertThat(created.status()).isEqualTo(201);
        JsonObject program = created.json();
        assertThat(program.getString("name")).isEqualTo(name);
        assertThat(program.getInt("horizonMonths")).isEqualTo(36);
        assertThat(program.getString("startedBy")).isEqualTo("leo");
        assertThat(program.getString("phase")).isEqualTo("DRAFTING_INTENT");
        assertThat(program.getString("processInstanceId")).isNotBlank();
        long id = program.getJsonNumber("id").longValue();
        assertThat(created.location()).endsWith("/api/programs/" + id);

        JsonObject readBack = Api.get("aude", "/api/programs/" + id).json();
        assertThat(readBack.getString("name")).isEqualTo(name);
        assertThat(readBack.getString("startedByName")).isEqualTo("Leo Brandt");
        assertThat(Api.get("finn", "/api/programs").jsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(p -> assertThat(p.getJsonNumber("id").longValue()).isEqualTo(id));
    }

    static Stream<Arguments> badInput() {
        String tooLong = "x".repeat(201);
        return Stream.of(
                Arguments.of("name missing", JSON, "{\"horizonMonths\": 12}", "name"),
                Arguments.of("name null", JSON, "{\"name\": null, \"horizonMonths\": 12}", "name"),
                Arguments.of("name empty", JSON, "{\"name\": \"\", \"horizonMonths\": 12}", "name"),
                Arguments.of("name blank", JSON, "{\"name\": \"   \", \"horizonMonths\": 12}", "name"),
                Arguments.of("name of 201 characters", JSON, "{\"name\": \"" + tooLong + "\", \"horizonMonths\": 12}", "name"),
                Arguments.of("name not text", JSON, "{\"name\": 42, \"horizonMonths\": 12}", "name"),
                Arguments.of("horizon missing", JSON, "{\"name\": \"%s\"}", "horizonMonths"),
                Arguments.of("horizon zero", JSON, "{\"name\": \"%s\", \"horizonMonths\": 0}", "horizonMonths"),
                Arguments.of("horizon negative", JSON, "{\"name\": \"%s\", \"horizonMonths\": -6}", "horizonMonths"),
                Arguments.of("horizon of 121 months", JSON, "{\"name\": \"%s\", \"horizonMonths\": 121}", "horizonMonths"),
                Arguments.of("horizon not a number", JSON, "{\"name\": \"%s\", \"horizonMonths\": \"twelve\"}", "horizonMonths"),
                Arguments.of("horizon a fraction", JSON, "{\"name\": \"%s\", \"horizonMonths\": 12.5}", "horizonMonths"),
                Arguments.of("horizon astronomically large", JSON, "{\"name\": \"%s\", \"horizonMonths\": 99999999999999}", "horizonMonths"),
                Arguments.of("everything missing", JSON, "{}", "name"),
                Arguments.of("malformed JSON", JSON, "{\"name\": \"%s\", ", null),
                Arguments.of("a JSON array", JSON, "[\"%s\", 12]", null),
                Arguments.of("an empty body: as {}", JSON, "", "name"),
                Arguments.of("wrong content type", "text/plain", "{\"name\": \"%s\", \"horizonMonths\": 12}", "Content-Type"),
                Arguments.of("form content type", "application/x-www-form-urlencoded", "name=%s&horizonMonths=12", "Content-Type"));
    }

    @Test
    @DisplayName("A body sent without a Content-Type is read as JSON")
    void bodyWithoutContentTypeIsJson() {
        Api.Reply started = Api.postUntyped("lena", "/api/programs", "{\"name\": \"Untyped " + UUID.randomUUID()
                + "\", \"horizonMonths\": 12}");

        assertThat(started.status()).as(started.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} → 400 naming {3}")
    @MethodSource("badInput")
    @DisplayName("Bad input is refused with 400 and field errors, and nothing is stored")
    void badInputIsRefused(String description, String contentType, String body, String field) {
        String name = "Refused " + UUID.randomUUID();
        int programmesBefore = Api.get("lena", "/api/programs").jsonArray().size();

        Api.Reply reply = Api.post("lena", "/api/programs", contentType, body.replace("%s", name));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonObject firstError = reply.json().getJsonArray("errors").getJsonObject(0);
        assertThat(firstError.getString("message")).isNotBlank();
        if (field == null) {
            assertThat(firstError.isNull("field")).as("an error about the body as a whole").isTrue();
        } else {
            assertThat(firstError.getString("field")).isEqualTo(field);
        }
        assertThat(Api.get("lena", "/api/programs").jsonArray().size()).as("nothing stored").isEqualTo(programmesBefore);
        assertThat(Api.get("lena", "/api/programs").body()).doesNotContain(name);
    }

    @Test
    @DisplayName("Only sales leaders start programmes: others get 403 and nothing is stored")
    void onlySalesLeadersStart() {
        for (String user : new String[] {"sara", "aude", "hana", "eric", "adam"}) {
            String name = "Not allowed " + UUID.randomUUID();
            Api.Reply reply = Api.postJson(user, "/api/programs", "{\"name\": \"" + name + "\", \"horizonMonths\": 12}");
            assertThat(reply.status()).as(user).isEqualTo(403);
            assertThat(reply.firstErrorMessage()).isNotBlank();
            assertThat(Api.get("lena", "/api/programs").body()).doesNotContain(name);
        }
    }

    @Test
    @DisplayName("Unknown programmes are 404; missing or wrong credentials are 401 without a redirect")
    void notFoundAndNotSignedIn() {
        assertThat(Api.get("lena", "/api/programs/999999999").status()).isEqualTo(404);
        assertThat(Api.get("lena", "/api/programs/not-a-number").status()).isEqualTo(404);
        Api.Reply anonymous = Api.get(null, "/api/programs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.wwwAuthenticate()).startsWith("Basic");
        assertThat(Api.postJson(null, "/api/programs", "{\"name\": \"x\", \"horizonMonths\": 12}").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("Wrong password → 401")
    void wrongPassword() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Api.BASE_URL + "/api/programs"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("lena:wrong".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("A name with <script> is stored as text and rendered escaped on the page")
    void markupIsStoredAsTextAndEscaped() throws Exception {
        String name = "<script>window.pwned=1</script> Culture " + UUID.randomUUID().toString().substring(0, 8);
        long id = Api.startProgram("lena", name);
        assertThat(Api.get("lena", "/api/programs/" + id).json().getString("name")).isEqualTo(name);

        String page = WebSession.signIn("lena", "en").get("/programs.xhtml");

        assertThat(page).contains("&lt;script&gt;window.pwned=1&lt;/script&gt; Culture");
        assertThat(page).doesNotContain("<script>window.pwned=1</script>");
    }

    @Test
    @DisplayName("Pages need a signed-in user: anonymous requests are sent to the login page")
    void pagesRedirectToLogin() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE_URL + "/inbox.xhtml")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    @DisplayName("Pages speak the browser's language: German for de, English otherwise")
    void pagesFollowTheBrowsersLanguage() throws Exception {
        assertThat(loginPage("de-DE,de;q=0.9")).contains("Benutzername").contains("lang=\"de\"").doesNotContain("User name");
        assertThat(loginPage("en-GB,en;q=0.9")).contains("User name").contains("lang=\"en\"");
        assertThat(loginPage("fr-FR")).as("unsupported languages get English").contains("User name");
    }

    private static String loginPage(String acceptLanguage) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/login.xhtml"))
                .header("Accept-Language", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    // --- the sales force -------------------------------------------------------------------------

    @Test
    @DisplayName("The demo sales force: two teams of six, sara in North, sven in South; salespeople and auditors read, salespeople may not")
    void demoSalesForce() {
        List<JsonObject> teams = Api.get("aude", "/api/teams").jsonArray().getValuesAs(JsonObject.class);
        assertThat(teams).filteredOn(t -> List.of("North", "South").contains(t.getString("name")))
                .extracting(t -> t.getString("name"), t -> t.getString("leader"))
                .containsExactly(tuple("North", "lena"), tuple("South", "leo"));
        assertThat(teams).filteredOn(t -> t.getString("name").equals("North")).singleElement()
                .satisfies(t -> assertThat(t.getJsonNumber("headcount").longValue()).isGreaterThanOrEqualTo(6));
        List<JsonObject> north = Api.get("hana", "/api/salespeople?team=1&status=active&size=200").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(north).extracting(p -> p.getString("email")).contains("sara@culture.example")
                .doesNotContain("sven@culture.example");
        assertThat(north).filteredOn(p -> p.getString("email").equals("sara@culture.example")).singleElement()
                .satisfies(p -> {
                    assertThat(p.getString("username")).isEqualTo("sara");
                    assertThat(p.getString("managerName")).isEqualTo("Lena Lindqvist");
                });
        assertThat(Api.get("sara", "/api/salespeople").status()).isEqualTo(403);
        assertThat(Api.get("lena", "/api/salespeople?status=sleeping").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Teams: a sales leader leads one; names are unique regardless of case; only maintainers form teams")
    void formTeams() {
        String name = "Team " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply formed = Api.postJson("hana", "/api/teams", "{\"name\": \"" + name + "\", \"leader\": \"leo\"}");
        assertThat(formed.status()).isEqualTo(201);
        assertThat(formed.location()).contains("/api/teams/");
        assertThat(Api.postJson("lena", "/api/teams", "{\"name\": \"" + name.toUpperCase() + "\", \"leader\": \"lena\"}")
                .status()).isEqualTo(409);
        Api.Reply notALeader = Api.postJson("lena", "/api/teams", "{\"name\": \"Other " + name + "\", \"leader\": \"hana\"}");
        assertThat(notALeader.status()).isEqualTo(400);
        assertThat(notALeader.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("leader");
        assertThat(Api.postJson("aude", "/api/teams", "{\"name\": \"Audit\", \"leader\": \"lena\"}").status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("Import: 5,000 CSV rows in one request, all stored; one JSON salesperson with Location")
    void importFiveThousand() {
        String team = newTeam();
        StringBuilder csv = new StringBuilder("name,email,team,manager,status\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5000; i++) {
            csv.append("Person ").append(i).append(',').append("p").append(i).append('.').append(run)
                    .append("@example.com,").append(team).append(',').append(i % 2 == 0 ? "lena" : "")
                    .append(",active\n");
        }
        long started = System.nanoTime();
        Api.Reply imported = Api.post("hana", "/api/salespeople", "text/csv", csv.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(imported.status()).as("took %d ms", millis).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(5000);
        long teamId = teamId(team);
        assertThat(Api.get("lena", "/api/salespeople?team=" + teamId).totalCount()).isEqualTo(5000);
        Api.Reply page = Api.get("lena", "/api/salespeople?team=" + teamId + "&status=active&page=2&size=200");
        assertThat(page.totalCount()).isEqualTo(5000);
        List<String> names = page.jsonArray().getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList();
        assertThat(names).as("one page, by name").hasSize(200).isSorted();
        System.out.println("Imported 5,000 salespeople in " + millis + " ms");

        Api.Reply one = Api.postJson("lena", "/api/salespeople", "{\"name\": \"Ada Lovelace\", \"email\": \"ada."
                + run + "@example.com\", \"team\": \"" + team + "\"}");
        assertThat(one.status()).isEqualTo(201);
        assertThat(one.json().getString("manager")).as("the team's leader by default").isEqualTo("leo");
        assertThat(Api.get("aude", one.location().substring(one.location().indexOf("/api/"))).json()
                .getString("name")).isEqualTo("Ada Lovelace");
    }

    @Test
    @DisplayName("A salesperson's details change under the same rules; their own email is no duplicate; maintainers only")
    void changeSalesperson() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply added = Api.postJson("hana", "/api/salespeople",
                "{\"name\": \"Cleo Park\", \"email\": \"cleo." + run + "@example.com\", \"team\": \"North\"}");
        String path = added.location().substring(added.location().indexOf("/api/"));

        Api.Reply changed = Api.putJson("lena", path, "{\"name\": \"Cleo Park-Lee\", \"email\": \"cleo." + run
                + "@example.com\", \"team\": \"South\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonObject person = Api.get("aude", path).json();
        assertThat(person.getString("name")).isEqualTo("Cleo Park-Lee");
        assertThat(person.getString("team")).isEqualTo("South");
        assertThat(person.getString("status")).as("status follows the processes").isEqualTo("ACTIVE");
        assertThat(person.getString("manager")).as("the new team's leader").isEqualTo("leo");

        Api.Reply taken = Api.putJson("lena", path, "{\"name\": \"Cleo\", \"email\": \"SARA@culture.example\", \"team\": \"North\"}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");
        assertThat(Api.get("aude", path).json().getString("email")).as("nothing changed").isEqualTo("cleo." + run + "@example.com");
        assertThat(Api.putJson("aude", path, "{\"name\": \"X\", \"email\": \"x@example.com\", \"team\": \"North\"}")
                .status()).isEqualTo(403);
        assertThat(Api.putJson("lena", "/api/salespeople/999999999", "{\"name\": \"X\", \"email\": \"x@example.com\","
                + " \"team\": \"North\"}").status()).isEqualTo(404);
    }

    static Stream<Arguments> badImports() {
        byte[] latin1 = "name,email,team\nJürgen Groß,j@example.com,North\n".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("bad email", "text/csv", utf8("name,email,team\nAda,ada-at-example.com,North\n"),
                        "rows[2].email", "Line 2: “ada-at-example.com” is not an email address."),
                Arguments.of("duplicate in the file", "text/csv",
                        utf8("name,email,team\nAda,ada@dup.example,North\nAdam,ADA@dup.example,North\n"),
                        "rows[3].email", "Line 3: ADA@dup.example appears a second time (first on line 2)."),
                Arguments.of("duplicate of a stored salesperson", "text/csv",
                        utf8("name,email,team\nSara,sara@culture.example,North\n"), "rows[2].email",
                        "Line 2: There is already a salesperson with the email sara@culture.example."),
                Arguments.of("unknown team", "text/csv", utf8("name,email,team\nAda,ada@new.example,Atlantis\n"),
                        "rows[2].team", "Line 2: There is no team “Atlantis”"),
                Arguments.of("empty file", "text/csv", new byte[0], null, "The file is empty."),
                Arguments.of("header only", "text/csv", utf8("name,email,team\n"), null,
                        "The file has its header line but no salespeople."),
                Arguments.of("wrong delimiter", "text/csv", utf8("name;email;team\nAda;ada@new.example;North\n"), null,
                        "Separate the columns with commas; this file uses “;”."),
                Arguments.of("not UTF-8", "text/csv", latin1, null, "The file is not UTF-8 text"),
                Arguments.of("JSON with a number for a name", JSON,
                        utf8("[{\"name\": \"Ada\", \"email\": \"a@new.example\", \"team\": \"North\"},"
                                + " {\"name\": 42, \"email\": \"b@new.example\", \"team\": \"North\"}]"),
                        "rows[2].name", "Must be text."),
                Arguments.of("XML", "application/xml", utf8("<people/>"), "Content-Type",
                        "Send the salespeople as text/csv or application/json."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badImports")
    @DisplayName("A bad import is refused with a clear error naming the line, and nothing of it is stored")
    void badImportStoresNothing(String problem, String contentType, byte[] body, String field, String message) {
        long before = Api.get("lena", "/api/salespeople").totalCount();

        Api.Reply reply = Api.postBytes("hana", "/api/salespeople", contentType, body);

        assertThat(reply.status()).isEqualTo(400);
        JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.isNull("field") ? null : error.getString("field")).isEqualTo(field);
        assertThat(error.getString("message")).startsWith(message);
        assertThat(Api.get("lena", "/api/salespeople").totalCount()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @DisplayName("Only sales leaders, HR and admins import; a German caller gets German row errors")
    void importPermissionsAndLanguage() {
        assertThat(Api.post("aude", "/api/salespeople", "text/csv", "name,email,team\nA,a@x.example,North\n").status())
                .isEqualTo(403);
        assertThat(Api.post("finn", "/api/salespeople", "text/csv", "name,email,team\nA,a@x.example,North\n").status())
                .isEqualTo(403);
        Api.Reply german = Api.send("hana", "de", "/api/salespeople", "[{\"name\": \"A\", \"email\": \"kaputt\", \"team\": \"North\"}]");
        assertThat(german.firstErrorMessage()).isEqualTo("Zeile 1: „kaputt“ ist keine E-Mail-Adresse.");
    }

    private static String newTeam() {
        String name = "Import " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Api.postJson("leo", "/api/teams", "{\"name\": \"" + name + "\", \"leader\": \"leo\"}").status())
                .isEqualTo(201);
        return name;
    }

    private static long teamId(String name) {
        return Api.get("lena", "/api/teams").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
