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
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON request body read into a request record component by component, so that a wrong type is
 * reported against its field ({@code deliverables[2].target}) and all of them at once; JSON-B would
 * fail the whole body with one message naming no field. Required-ness and ranges are domain rules,
 * checked by the domain.
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

    /**
     * The body as a request record, read component by component by {@link #value}; an empty body is an
     * empty object (the domain says which fields are required). Wrong types are reported together.
     */
    static <R extends Record> R parse(String text, Class<R> type) {
        JsonRequest request = text == null || text.isBlank() ? new JsonRequest(JsonValue.EMPTY_JSON_OBJECT, "")
                : object(readValue(text));
        R record = request.as(type);
        request.requireReadable();
        return record;
    }

    private static JsonRequest object(JsonValue value) {
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
        object(readValue(text)).body.forEach((name, value) -> values.put(name, switch (value.getValueType()) {
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

    /** This object as a record of the given type; wrong types are collected, not thrown. */
    <R extends Record> R as(Class<R> type) {
        RecordType<R> record = RecordType.of(type);
        Object[] values = new Object[record.components().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(record.components()[i].getName(), record.components()[i].getGenericType());
        }
        return record.create(values);
    }

    /** A component's value by its Java type: the JSON types a request record may use. */
    private Object value(String field, Type type) {
        if (type == String.class) {
            return text(field);
        } else if (type == Integer.class) {
            return wholeNumber(field);
        } else if (type == Long.class) {
            return longNumber(field);
        } else if (type == BigDecimal.class) {
            return decimal(field);
        } else if (type == LocalDate.class) {
            return date(field);
        } else if (type == Instant.class) {
            return instant(field);
        } else if (type == Boolean.class) {
            return bool(field);
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            Type element = generic.getActualTypeArguments()[0];
            if (element == String.class) {
                return texts(field);
            } else if (element == Long.class) {
                return wholeNumbers(field);
            } else if (element instanceof Class<?> part && part.isRecord()) {
                List<JsonRequest> parts = objects(field);
                if (parts == null) {
                    return null;
                }
                List<Record> records = parts.stream().<Record>map(request -> request.as(part.asSubclass(Record.class))).toList();
                include(parts); // after reading them: their wrong types are known only then
                return records;
            }
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class) {
            Type member = generic.getActualTypeArguments()[1];
            if (member == BigDecimal.class) {
                return decimals(field);
            } else if (member == String.class) {
                return memberTexts(field);
            }
        }
        throw new IllegalStateException("A request record's " + field + " has a type JSON is not read as: " + type);
    }

    /** A request record's components and constructor, found once per type. */
    private record RecordType<R extends Record>(RecordComponent[] components, Constructor<R> constructor) {

        private static final ClassValue<RecordType<?>> TYPES = new ClassValue<>() {
            @Override
            protected RecordType<?> computeValue(Class<?> type) {
                RecordComponent[] components = type.getRecordComponents();
                try {
                    Constructor<? extends Record> constructor = type.asSubclass(Record.class).getDeclaredConstructor(
                            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                    constructor.setAccessible(true); // records nested in their resource
                    return new RecordType<>(components, constructor);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("A record without its canonical constructor: " + type, e);
                }
            }
        };

        @SuppressWarnings("unchecked")
        static <R extends Record> RecordType<R> of(Class<R> type) {
            return (RecordType<R>) TYPES.get(type);
        }

        R create(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + constructor.getDeclaringClass(), e);
            }
        }
    }

    private String text(String field) {
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

    private Integer wholeNumber(String field) {
        Long number = longNumber(field);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.tooLarge"));
            return null;
        }
        return number == null ? null : number.intValue();
    }

    private Long longNumber(String field) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.tooLarge"));
                return null;
            }
        }
        typeErrors.add(FieldError.of(fieldPrefix + field, "api.field.number"));
        return null;
    }

    private Instant instant(String field) {
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

    private BigDecimal decimal(String field) {
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

    private LocalDate date(String field) {
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
    private List<Long> wholeNumbers(String field) {
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
    private Map<String, BigDecimal> decimals(String field) {
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
    private Boolean bool(String field) {
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

    /**
     * An object's members as the text they were written as (numbers, strings, anything else), so
     * the domain judges each as it would a typed form field; empty when absent.
     */
    private Map<String, String> memberTexts(String field) {
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
    private List<String> texts(String field) {
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
    private List<JsonRequest> objects(String field) {
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
    private JsonRequest include(List<JsonRequest> parts) {
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
