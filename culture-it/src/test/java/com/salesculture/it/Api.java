package com.salesculture.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The REST API as an integration sees it: plain HTTP with Basic credentials (every demo password is "demo"). */
public final class Api {

    public static final String BASE_URL = System.getProperty("culture.base-url", "http://127.0.0.1:8080");
    /** Where paths go: the server under test, or for a while another ({@link #talkTo}). */
    private static volatile String base = BASE_URL;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** Sends paths to another server (a cluster's proxy) until told {@link #BASE_URL} again. */
    static void talkTo(String url) {
        base = url;
    }

    public static Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    public static Reply post(String user, String path) {
        return send(request(user, path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static Reply postBytes(String user, String path, String contentType, byte[] body) {
        return send(request(user, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The raw bytes of a download. */
    public static byte[] download(String user, String path) {
        return download(user, path, "en");
    }

    /** A file as the reader of {@code language} gets it (Accept-Language). */
    public static byte[] download(String user, String path, String language) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request(user, path).header("Accept", "*/*")
                            .header("Accept-Language", language).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download " + path + " as " + user + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * PUTs JSON as a careful client does: it reads the resource first and names the revision it read
     * in If-Match (where the resource has one), so a change in between is refused, not overwritten.
     */
    public static Reply putJson(String user, String path, String json) {
        return putJson(user, path, json, get(user, path).etag());
    }

    /** PUTs JSON with the given If-Match (none when null). */
    public static Reply putJson(String user, String path, String json, String ifMatch) {
        HttpRequest.Builder put = request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            put.header("If-Match", ifMatch);
        }
        return send(put);
    }

    public static Reply postJson(String user, String path, String json) {
        return post(user, path, "application/json", json);
    }

    public static Reply post(String user, String path, String contentType, String body) {
        return send(request(user, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** POSTs JSON asking for answers in {@code language} (Accept-Language). */
    public static Reply send(String user, String language, String path, String json) {
        return send(request(user, path).header("Accept-Language", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A POST whose body names no Content-Type. */
    public static Reply postUntyped(String user, String path, String body) {
        return send(request(user, path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Any method with a body of any type. */
    public static Reply send(String user, String method, String path, String contentType, String body) {
        return send(request(user, path).header("Content-Type", contentType)
                .method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Any method with a JSON body. */
    public static Reply call(String user, String method, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static Reply delete(String user, String path) {
        return send(request(user, path).DELETE());
    }

    /** Values the "Draft strategic intent" form accepts (its deliverables are in the domain). */
    public static final String SUBMIT = "{\"note\": \"Ready for approval.\"}";

    /** Completes a programme's first task, "Draft strategic intent" (whose draft startProgram wrote). */
    public static Reply complete(String user, String taskId) {
        return postJson(user, "/api/tasks/" + taskId + "/complete", SUBMIT);
    }

    /** A draft intent with one valid deliverable, due in six months, carried by team North. */
    public static String validIntent() {
        return "{\"statement\": \"Become the partner our clients grow with\", \"deliverables\": [{"
                + "\"kind\": \"REVENUE_GROWTH\", \"metric\": \"Revenue from existing clients in segment X\","
                + " \"baseline\": 10, \"target\": 12, \"unit\": \"%\", \"dueDate\": \""
                + java.time.LocalDate.now().plusMonths(6) + "\", \"customerGroup\": \"Mid-size manufacturers\","
                + " \"teams\": [1]}]}";
    }

    /** Three values with two or three behaviours each. */
    public static String validValues() {
        return "{\"values\": ["
                + "{\"name\": \"Deep relationships\", \"statement\": \"We develop deep relationships with people.\","
                + " \"behaviours\": [\"Knows what matters to me beyond the deal\", \"Follows up without being asked\"]},"
                + "{\"name\": \"Customer first\", \"statement\": \"We always act in favour of the customer.\","
                + " \"behaviours\": [\"Recommends the cheaper option when it serves me better\", \"Tells me bad news early\","
                + " \"Keeps every promise\"]},"
                + "{\"name\": \"Spirited teamwork\", \"statement\": \"We win together.\","
                + " \"behaviours\": [\"Brings in the right colleague\", \"Speaks well of colleagues\"]}]}";
    }

    /** A plan for the values of validValues: 30 % variable, half of it for the values, weighted 40/35/25. */
    public static String validPlan() {
        return "{\"description\": \"Variable pay rewards living the values\", \"variableShare\": 30,"
                + " \"valuesShare\": 50, \"weights\": {\"Deep relationships\": 40, \"Customer first\": 35,"
                + " \"Spirited teamwork\": 25}, \"effectiveDate\": \"" + java.time.LocalDate.now().plusMonths(1) + "\"}";
    }

    /** Starts a programme as {@code user} (a sales leader), drafts a valid intent, and returns its id. */
    public static long startProgram(String user, String name) {
        return startProgram(user, name, 36);
    }

    /** The same, with a horizon of so many months. */
    public static long startProgram(String user, String name, int horizonMonths) {
        Reply reply = postJson(user, "/api/programs",
                Json.createObjectBuilder().add("name", name).add("horizonMonths", horizonMonths).build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("could not start a programme: " + reply);
        }
        long id = reply.json().getJsonNumber("id").longValue();
        Reply draft = putJson(user, "/api/programs/" + id + "/intent", validIntent());
        if (draft.status() != 200) {
            throw new AssertionError("could not draft the intent: " + draft);
        }
        return id;
    }

    /**
     * The id of the open task of a programme in {@code user}'s inbox, or null after 15 s without one:
     * a step that follows a savepoint (the end of a set-up step) starts in a job a moment after.
     */
    public static String taskOfProgram(String user, long programId) {
        return await(() -> taskOfProgramNow(user, programId), java.util.Objects::nonNull);
    }

    /** A JSON object read as {@code user} until {@code done} holds, for 15 s at most; the last one read. */
    public static jakarta.json.JsonObject awaitJson(String user, String path,
                                                    java.util.function.Predicate<jakarta.json.JsonObject> done) {
        return await(() -> get(user, path).json(), done);
    }

    /** {@code read} every 100 ms until {@code done} holds, for 15 s at most; the last value read. */
    public static <T> T await(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
        long deadline = System.currentTimeMillis() + 15_000;
        T value = read.get();
        while (!done.test(value) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }

    /** The id of the open task of a programme in {@code user}'s inbox now, or null. */
    public static String taskOfProgramNow(String user, long programId) {
        JsonArray tasks = get(user, "/api/tasks?program=" + programId).jsonArray();
        return tasks.isEmpty() ? null : tasks.getJsonObject(0).getString("id");
    }

    /** New customer contacts of a salesperson (by their email), imported by lena as CSV; the contacts' emails. */
    public static java.util.List<String> contactsOf(String salespersonEmail, String language, int count) {
        java.util.List<String> emails = new java.util.ArrayList<>();
        StringBuilder csv = new StringBuilder("organisation,name,email,salesperson,language\n");
        for (int i = 0; i < count; i++) {
            String email = "contact-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
            emails.add(email);
            csv.append("Customer ").append(i).append(",Contact ").append(i).append(',').append(email).append(',')
                    .append(salespersonEmail).append(',').append(language).append('\n');
        }
        expect(postBytes("lena", "/api/customers", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)), 200);
        return emails;
    }

    /** A new programme whose intent and values an executive (eric) approved; its plan is next. */
    public static long programmeWithApprovedValues(String drafter) {
        return programmeWithApprovedValues(drafter, 36);
    }

    /** The same, with a horizon of so many months. */
    public static long programmeWithApprovedValues(String drafter, int horizonMonths) {
        long programId = startProgram(drafter, "Programme " + java.util.UUID.randomUUID(), horizonMonths);
        expect(complete(drafter, taskOfProgram(drafter, programId)), 204);
        approve("eric", programId);
        expect(putJson(drafter, "/api/programs/" + programId + "/values", validValues()), 200);
        expect(complete(drafter, taskOfProgram(drafter, programId)), 204);
        approve("eric", programId);
        return programId;
    }

    /** The programme's plan drafted, reviewed by hana and finn, approved by eric: the measurement phase begins. */
    public static void approvePlan(String drafter, long programId) {
        expect(putJson(drafter, "/api/programs/" + programId + "/plans/1", validPlan()), 200);
        expect(complete(drafter, taskOfProgram(drafter, programId)), 204);
        approve("hana", programId);
        approve("finn", programId);
        approve("eric", programId);
    }

    /** Approves the programme's task that the user can see. */
    public static void approve(String user, long programId) {
        expect(postJson(user, "/api/tasks/" + taskOfProgram(user, programId) + "/complete",
                "{\"decision\": \"APPROVE\"}"), 204);
    }

    /**
     * One request from another loopback address ({@code 127.0.0.2} …): limits by client address then
     * count it apart from the rest of the suite. {@code path} may be a whole URL (another server's);
     * {@code headers} are more lines ("Name: value"). Returns the status and the whole response.
     */
    public static String[] from(String localAddress, String method, String path, String user, String password,
                                String contentType, String body, String... headers) throws IOException {
        URI target = URI.create(path.startsWith("http") ? path : base + path);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress(target.getHost(), target.getPort()), 5_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + target.getRawPath()
                    + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) + " HTTP/1.1\r\nHost: " + target.getHost()
                    + "\r\nAccept: application/json\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            if (user != null) {
                head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).append("\r\n");
            }
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new String[]{response.substring(9, 12), response};
        }
    }

    static void expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("Expected " + status + " but got " + reply.status() + ": " + reply.body());
        }
    }

    /**
     * Any method with a JSON body (or none) and the Authorization header given: another password than
     * the demo one ({@link #basic}), or a bearer token.
     */
    public static Reply with(String authorization, String method, String path, String json) {
        HttpRequest.Builder builder = request(null, path).header("Authorization", authorization);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A path on the suite's server (or the one {@link #talkTo} names), or a whole URL (a cluster node's). */
    private static HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (user != null) {
            String credentials = user + ":demo";
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("WWW-Authenticate").orElse(null),
                    response.headers().firstValue("X-Total-Count").map(Long::valueOf).orElse(null),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String body, String location, String wwwAuthenticate, Long totalCount, String etag) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        /** On a 500, the server log's account of it (found by its reference), so a failed run explains itself. */
        @Override
        public String toString() {
            String reply = "Reply[status=" + status + ", body=" + body + ", location=" + location + "]";
            Matcher reference = Pattern.compile("reference ([0-9a-f-]{36})").matcher(body == null ? "" : body);
            return status == 500 && reference.find() ? reply + "\n" + serverLogAbout(reference.group(1)) : reply;
        }

        private static String serverLogAbout(String reference) {
            String dir = System.getProperty("jboss.server.log.dir", System.getProperty("culture.it.log"));
            try (Stream<String> lines = Files.lines(Path.of(dir, "server.log"))) {
                return lines.dropWhile(line -> !line.contains(reference)).limit(80)
                        .collect(Collectors.joining("\n"));
            } catch (IOException | RuntimeException e) {
                return "(server log not readable: " + e + ")";
            }
        }

        /** The messages of an error body {@code {"errors":[{"field","message"}]}}. */
        public String firstErrorMessage() {
            return json().getJsonArray("errors").getJsonObject(0).getString("message");
        }

        /** The field of an error body's first error (null for one about the request as a whole). */
        public String firstErrorField() {
            return json().getJsonArray("errors").getJsonObject(0).getString("field", null);
        }
    }
}
