package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /api/programs} from outside, as an integration uses it, and the page that lists programmes. */
@ExtendWith(ArquillianExtension.class)
class ProgramApiIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
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
                Arguments.of("an empty body", JSON, "", null),
                Arguments.of("wrong content type", "text/plain", "{\"name\": \"%s\", \"horizonMonths\": 12}", "Content-Type"),
                Arguments.of("form content type", "application/x-www-form-urlencoded", "name=%s&horizonMonths=12", "Content-Type"));
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
}
