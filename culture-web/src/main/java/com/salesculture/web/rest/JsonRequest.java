package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON request body read field by field, so that a wrong type is reported against its field
 * (JSON binding would fail the whole body with one unreadable message). Required-ness and ranges
 * are domain rules, checked by the domain.
 */
final class JsonRequest {

    /**
     * One factory for every request: {@code Json.createReader} looks the provider up through the
     * ServiceLoader on each call, which was a sixth of a survey answer's time on the server.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());


    private final JsonObject body;
    /** Put before field names in errors: {@code rows[2].} for the second object of an array. */
    private final String fieldPrefix;
    private final List<FieldError> typeErrors = new ArrayList<>();

    private JsonRequest(JsonObject body, String fieldPrefix) {
        this.body = body;
        this.fieldPrefix = fieldPrefix;
    }

    static JsonRequest parse(String text) {
        JsonValue value = readValue(text);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(null, "api.body.notObject");
        }
        return new JsonRequest(value.asJsonObject(), "");
    }

    /** One object of a body that holds several; its errors name {@code fieldPrefix + field}. */
    static JsonRequest of(JsonObject object, String fieldPrefix) {
        return new JsonRequest(object, fieldPrefix);
    }

    /** Any JSON value; an empty body or malformed JSON is a 400. */
    static JsonValue readValue(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(null, "api.body.empty");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException(null, "api.body.invalidJson");
        }
    }

    /**
     * The body's fields as plain values (text, number, boolean, null) for a form type to convert
     * and validate; no body means no values.
     */
    static Map<String, Object> values(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        parse(text).body.forEach((name, value) -> values.put(name, switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> value; // an array or object: the form type reports the field
        }));
        return values;
    }

    String text(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.text"));
        return null;
    }

    Integer wholeNumber(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.tooLarge"));
                return null;
            }
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.number"));
        return null;
    }

    Instant instant(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.instant"));
            return null;
        }
    }

    BigDecimal decimal(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.decimal"));
        return null;
    }

    LocalDate date(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.date"));
            return null;
        }
    }

    /** A list of whole numbers (ids); null when absent. */
    List<Long> wholeNumbers(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonNumber n && n.isIntegral())) {
            return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.list"));
        return null;
    }

    /** An object of numbers by name (such as weights); null when absent. */
    Map<String, BigDecimal> decimals(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonObject object && object.values().stream().allMatch(v -> v instanceof JsonNumber)) {
            Map<String, BigDecimal> numbers = new LinkedHashMap<>();
            object.forEach((name, number) -> numbers.put(name, ((JsonNumber) number).bigDecimalValue()));
            return numbers;
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.numbers"));
        return null;
    }

    /** A JSON boolean; null when absent; anything else is a field error. */
    Boolean bool(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.boolean"));
        return null;
    }

    /** A yes/no given as a JSON boolean (or as text, such as from a CSV column), as text; null when absent. */
    String flag(String field) {
        JsonValue value = body.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return text(field);
    }

    /**
     * An object's members as the text they were written as (numbers, strings, anything else), so
     * the domain judges each as it would a typed form field; empty when absent.
     */
    Map<String, String> memberTexts(String field) {
        JsonValue value = body.get(field);
        Map<String, String> texts = new LinkedHashMap<>();
        if (value == null || value == JsonValue.NULL) {
            return texts;
        }
        if (!(value instanceof JsonObject object)) {
            typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.object"));
            return texts;
        }
        object.forEach((name, member) -> texts.put(name, member instanceof JsonString string ? string.getString()
                : member == JsonValue.NULL ? null : member.toString()));
        return texts;
    }

    /** A list of texts; null when absent. */
    List<String> texts(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonString)) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.list"));
        return null;
    }

    /** A list of objects, each read with the errors named {@code field[n].…}; null when absent. */
    List<JsonRequest> objects(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(v -> v instanceof JsonObject)) {
            List<JsonRequest> objects = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                objects.add(new JsonRequest(array.getJsonObject(i), fieldPrefix + field + "[" + (i + 1) + "]."));
            }
            return objects;
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.list"));
        return null;
    }

    /** Takes the type errors of objects read from this one into its own report. */
    JsonRequest include(List<JsonRequest> parts) {
        if (parts != null) {
            parts.forEach(part -> typeErrors.addAll(part.typeErrors));
        }
        return this;
    }

    /** The wrong types found so far (for a caller that reports several objects at once). */
    List<FieldError> typeErrors() {
        return typeErrors;
    }

    /** Reports wrong types before the domain rules run on values that could not be read. */
    JsonRequest requireReadable() {
        if (!typeErrors.isEmpty()) {
            throw new InvalidInputException(typeErrors);
        }
        return this;
    }
}
