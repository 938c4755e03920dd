package com.salesculture.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI description the resources' annotations give (at {@code /openapi}, linted by the
 * suite): how callers authenticate, which calls need no account (web.xml's public URLs), and the error
 * answers every call shares ({@link ApiExceptionMapper}'s body), so a client knows them without reading
 * each resource, and an example of each answer's body ({@code response-examples.json}: one per schema,
 * taken from a running programme; Redocly checks each against its schema). Registered as
 * {@code mp.openapi.filter}.
 */
public class ApiDescription implements OASFilter {

    /** The calls web.xml leaves open: method and path. */
    private static final Set<String> PUBLIC = Set.of("POST /api/password", "GET /api/surveys/{token}",
            "POST /api/surveys/{token}", "GET /api/ping", "POST /api/ping", "GET /api/health/live", "GET /api/health/ready",
            "GET /api/metrics");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.servers(List.of(OASFactory.createServer().url("/").description("This installation")));
        // WildFly's host model always carries these: an empty one would not be valid OpenAPI
        api.externalDocs(OASFactory.createExternalDocumentation().url("/")
                .description("The application itself; the guide to this API is docs/api.md beside its source"));
        if (api.getComponents() == null) {
            api.components(OASFactory.createComponents());
        }
        api.getComponents()
                .addSecurityScheme("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A local account's username and password"))
                .addSecurityScheme("bearer", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("An access token of the configured OpenID provider"))
                .addSchema("ErrorBody", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("Why a call was refused: one entry per field (field null: the request as a whole)")
                        .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                        .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                                .addType(Schema.SchemaType.NULL))
                                        .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))))
                        .addExample(java.util.Map.of("errors", List.of(java.util.Map.of("field", "horizonMonths",
                                "message", "Horizon must be between 1 and 120 months.")))));
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas != null) {
            responseExamples().forEach((name, example) -> {
                if (schemas.containsKey(name)) {
                    schemas.get(name).addExample(plain(example));
                }
            });
        }
        api.security(List.of(requirement("basic"), requirement("bearer")));
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                    complete(method, path, operation)));
        }
    }

    private static void complete(PathItem.HttpMethod method, String path, Operation operation) {
        boolean open = PUBLIC.contains(method + " " + path);
        if (open) {
            operation.security(List.of(OASFactory.createSecurityRequirement())); // {}: no account needed
        } else {
            add(operation, "401", "No or wrong credentials");
            add(operation, "403", "The caller's roles do not allow it");
        }
        boolean changes = method != PathItem.HttpMethod.GET;
        if (changes || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            add(operation, "400", "Invalid input, field by field");
        }
        if (path.contains("{")) {
            add(operation, "404", "Not found");
        }
        if (changes && !open) {
            add(operation, "409", "In conflict with the current state (changed meanwhile, or not allowed in this state)");
        }
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("ErrorBody"))));
        operation.getResponses().addAPIResponse(status, response);
    }

    private static JsonObject responseExamples() {
        try (InputStream in = ApiDescription.class.getResourceAsStream("response-examples.json");
             JsonParser parser = Json.createParser(in)) {
            parser.next();
            return parser.getObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Java value the description's writer serialises back to the same JSON. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> members.put(name, plain(member)));
                yield members;
            }
            case ARRAY -> value.asJsonArray().stream().map(ApiDescription::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme, List.of());
    }
}
