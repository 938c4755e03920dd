package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.web.imports.CsvFile;
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

    /**
     * @param csv  reads a CSV file's rows
     * @param json the record a JSON object or array element is read as (the description's schema)
     * @param row  one entry from such a record: of a JSON object (line 0) or an array element (line from 1)
     */
    static <R extends Record, T> ImportRequest<T> read(String contentType, byte[] body, Function<byte[], List<T>> csv,
                                                       Class<R> json, BiFunction<Integer, R, T> row) {
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
                JsonRequest element = JsonRequest.of(elements.get(i).asJsonObject(), field + ".");
                rows.add(row.apply(i + 1, element.as(json)));
                typeErrors.addAll(element.typeErrors());
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
        R record = request.as(json);
        request.requireReadable();
        T single = row.apply(0, record);
        return new ImportRequest<>(single, null, sha256);
    }

    /** The answer to an import: how many rows it added. */
    public record Imported(int imported) {
    }

    static Response imported(int count) {
        return Response.ok(new Imported(count), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
