package com.salesculture.workflow.form;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A form type: a record whose components are the fields (String, Integer, Long, Boolean,
 * LocalDate or an enum) and whose constraints are the rules. Values travel as the API writes them
 * (text, number, boolean; a date as yyyy-mm-dd, a choice as its name) and are kept as process
 * variables of the same names.
 */
public final class FormType {

    private final String key;
    private final Class<? extends Record> type;
    private final List<RecordComponent> components;
    private final List<String> fieldNames;
    private final List<FormField> fields;

    private FormType(String key, Class<? extends Record> type) {
        this.key = key;
        this.type = type;
        this.components = List.of(type.getRecordComponents());
        this.fieldNames = components.stream().map(RecordComponent::getName).toList();
        this.fields = components.stream().map(FormType::describe).toList();
    }

    public static FormType of(String key, Class<? extends Record> type) {
        return new FormType(key, type);
    }

    public String key() {
        return key;
    }

    public List<FormField> fields() {
        return fields;
    }

    public List<String> fieldNames() {
        return fieldNames;
    }

    /**
     * The submitted values, converted and validated, as process variables.
     *
     * @throws InvalidInputException naming each field to correct; unknown fields included
     */
    public Map<String, Object> variables(Map<String, ?> input, Validator validator) {
        List<FieldError> errors = new ArrayList<>();
        input.keySet().stream().filter(name -> !fieldNames().contains(name)).sorted().forEach(name -> errors.add(
                fieldNames().isEmpty() ? FieldError.of(name, "form.noFields", name)
                        : FieldError.of(name, "form.unknownField", name, String.join(", ", fieldNames()))));
        Object[] arguments = new Object[components.size()];
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            RecordComponent component = components.get(i);
            try {
                arguments[i] = convert(component.getType(), input.get(component.getName()));
            } catch (Unreadable e) {
                errors.add(FieldError.of(component.getName(), e.key, e.arguments));
                unreadable.add(component.getName());
            }
        }
        // the rules run on what could be read, so one answer names every field to correct
        Record form = instantiate(type, components.toArray(RecordComponent[]::new), arguments);
        int fieldRules = errors.size();
        validator.validate(form).stream()
                .filter(v -> !unreadable.contains(v.getPropertyPath().toString()))
                .sorted(Comparator.comparing((ConstraintViolation<Record> v) -> fieldNames()
                        .indexOf(v.getPropertyPath().toString())).thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> errors.add(FieldError.of(v.getPropertyPath().toString(),
                        bundleKey(v.getMessageTemplate()))));
        if (errors.size() == fieldRules && form instanceof CrossFieldRules rules) {
            errors.addAll(rules.crossFieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < components.size(); i++) {
            variables.put(components.get(i).getName(), stored(arguments[i]));
        }
        return variables;
    }

    /** The current values among the task's variables, as the API writes them. */
    public Map<String, Object> values(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : fieldNames()) {
            values.put(name, variables.get(name));
        }
        return values;
    }

    /**
     * The form a task's variables hold, typed: how process code reads what a person entered (the values
     * were converted and checked when the task was completed, so they read back as they were stored).
     */
    public static <R extends Record> R read(Class<R> type, Function<String, Object> variables) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = convert(components[i].getType(), variables.apply(components[i].getName()));
        }
        return type.cast(instantiate(type, components, arguments));
    }

    private static Record instantiate(Class<? extends Record> type, RecordComponent[] components, Object[] arguments) {
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Form " + type.getSimpleName() + " rejected its values", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Form " + type.getSimpleName() + " cannot be created", e);
        }
    }

    private static Object convert(Class<?> target, Object raw) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        String text = raw.toString().strip();
        if (target == String.class) {
            if (!(raw instanceof String)) {
                throw new Unreadable("form.text");
            }
            return text;
        }
        if (target == Integer.class || target == Long.class) {
            try {
                long number = raw instanceof Number n && !(raw instanceof Double || raw instanceof Float)
                        ? n.longValue() : Long.parseLong(text);
                return target == Integer.class ? Math.toIntExact(number) : number;
            } catch (NumberFormatException | ArithmeticException e) {
                throw new Unreadable("form.number");
            }
        }
        if (target == Boolean.class) {
            if (raw instanceof Boolean flag) {
                return flag;
            }
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new Unreadable("form.boolean");
        }
        if (target == LocalDate.class) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new Unreadable("form.date");
            }
        }
        if (target.isEnum()) {
            return Arrays.stream(target.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(text)).findFirst()
                    .orElseThrow(() -> new Unreadable("form.choice", String.join(", ", choices(target))));
        }
        throw new IllegalStateException("Form fields of type " + target + " are not supported");
    }

    /** A constraint's message names a key of the server's bundle: {@code message = "{form.intent.length}"}. */
    private static String bundleKey(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    /** A value that cannot be read as its field's type. */
    private static final class Unreadable extends RuntimeException {

        private final String key;
        private final transient Object[] arguments;

        Unreadable(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    /** Dates and choices are kept as text, so history and other tools read them without our classes. */
    private static Object stored(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> choice) {
            return choice.name();
        }
        return value;
    }

    private static FormField describe(RecordComponent component) {
        Class<?> type = component.getType();
        Field field = field(component);
        Size size = field.getAnnotation(Size.class);
        Integer maxLength = size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
        boolean required = field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotEmpty.class);
        Min min = field.getAnnotation(Min.class);
        Max max = field.getAnnotation(Max.class);
        FieldType fieldType;
        if (type == String.class) {
            fieldType = maxLength != null && maxLength <= 200 ? FieldType.TEXT : FieldType.LONG_TEXT;
        } else if (type == Integer.class || type == Long.class) {
            fieldType = FieldType.NUMBER;
        } else if (type == Boolean.class) {
            fieldType = FieldType.BOOLEAN;
        } else if (type == LocalDate.class) {
            fieldType = FieldType.DATE;
        } else if (type.isEnum()) {
            fieldType = FieldType.CHOICE;
        } else {
            throw new IllegalStateException("Form fields of type " + type + " are not supported");
        }
        return new FormField(component.getName(), fieldType.apiName(), required,
                type.isEnum() ? choices(type) : null, maxLength,
                min == null ? null : min.value(), max == null ? null : max.value());
    }

    private static List<String> choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    private static Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
