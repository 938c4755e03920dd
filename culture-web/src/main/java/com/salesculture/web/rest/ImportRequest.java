package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.web.imports.CsvFile;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The body of a POST that adds one entry (a JSON object) or imports all or none (a JSON array, or a
 * CSV file as {@code text/csv}); row errors name {@code rows[line].field}.
 *
 * @param single the entry of a JSON object, else null
 * @param rows   the rows of an import, else null
 * @param sha256 the body's SHA-256 (the decision log's evidence of an import)
 */
record ImportRequest<T>(T single, List<T> rows, String sha256) {

    /** One factory: {@code Json.createObjectBuilder} looks the provider up through the ServiceLoader each time. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

    /**
     * @param csv  reads a CSV file's rows
     * @param json reads one entry from a JSON object (line 0) or an array element (line from 1)
     */
    static <T> ImportRequest<T> read(String contentType, byte[] body, Function<byte[], List<T>> csv,
                                     BiFunction<Integer, JsonRequest, T> json) {
        MediaType type = contentType == null ? null : MediaType.valueOf(contentType);
        String sha256 = CsvFile.sha256(body);
        if (type != null && type.isCompatible(MediaType.valueOf(CsvFile.MEDIA_TYPE))) {
            return new ImportRequest<>(null, csv.apply(body), sha256);
        }
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new InvalidInputException("Content-Type", "import.contentType");
        }
        JsonValue value = JsonRequest.readValue(new String(body, StandardCharsets.UTF_8));
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            List<T> rows = new ArrayList<>();
            List<FieldError> typeErrors = new ArrayList<>();
            List<JsonValue> elements = value.asJsonArray();
            for (int i = 0; i < elements.size(); i++) {
                String field = "rows[" + (i + 1) + "]";
                if (elements.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    typeErrors.add(FieldError.of(field, "api.body.notObject"));
                    continue;
                }
                JsonRequest row = JsonRequest.of(elements.get(i).asJsonObject(), field + ".");
                rows.add(json.apply(i + 1, row));
                typeErrors.addAll(row.typeErrors());
            }
            if (!typeErrors.isEmpty()) {
                throw new InvalidInputException(typeErrors);
            }
            return new ImportRequest<>(null, rows, sha256);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "api.body.notObject");
        }
        JsonRequest request = JsonRequest.of(value.asJsonObject(), "");
        T single = json.apply(0, request);
        request.requireReadable();
        return new ImportRequest<>(single, null, sha256);
    }

    /** The answer to an import: {@code {"imported": n}}. */
    static Response imported(int count) {
        return Response.ok(JSON.createObjectBuilder().add("imported", count).build().toString(),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
