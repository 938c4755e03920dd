package com.salesculture.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.process.ApprovalForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskFormsTest {

    /** The unit tests check reading values; the constraints run in the server (TaskWorkflowIT). */
    private static final Validator NO_RULES = new Validator() {
        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String name, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> type, String name, Object value,
                                                             Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    @DisplayName("Every user task of the product's models names a registered form type")
    void everyUserTaskHasAForm() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String model : models()) {
            try (InputStream stream = resource(model)) {
                Bpmn.readModelFromStream(stream).getModelElementsByType(UserTask.class).forEach(task -> {
                    if (task.getCamundaFormKey() == null || TaskForms.forKey(task.getCamundaFormKey()).isEmpty()) {
                        missing.add(model + " " + task.getId() + " (" + task.getCamundaFormKey() + ")");
                    }
                });
            }
        }
        assertThat(models()).contains("bpmn/culture-program.bpmn");
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("A form type describes its record: names, types, required, limits and choices")
    void describesTheRecord() {
        FormType form = TaskForms.forKey(ApprovalForm.KEY).orElseThrow();
        assertThat(form.fields()).containsExactly(
                new FormField("decision", "choice", true, List.of("APPROVE", "REJECT"), null, null, null),
                new FormField("reason", "long-text", false, null, 2000, null, null));
    }

    @Test
    @DisplayName("Values that cannot be read are refused per field; unknown fields too")
    void conversionErrorsPerField() {
        FormType form = TaskForms.forKey(ApprovalForm.KEY).orElseThrow();
        assertThatThrownBy(() -> form.variables(Map.of("decision", "approve", "reason", 7L, "extra", "x"), NO_RULES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("extra", "decision", "reason"));
    }

    @Test
    @DisplayName("Rules across fields: a rejection needs a reason; an approval does not")
    void crossFieldRules() {
        FormType form = TaskForms.forKey(ApprovalForm.KEY).orElseThrow();
        assertThatThrownBy(() -> form.variables(Map.of("decision", "REJECT", "reason", " "), NO_RULES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("reason"));
        assertThat(form.variables(Map.of("decision", "APPROVE"), NO_RULES)).containsEntry("decision", "APPROVE");
    }

    @Test
    @DisplayName("A task without a form key only asks for confirmation and accepts no values")
    void confirmation() {
        FormType confirmation = TaskForms.forKey(null).orElseThrow();
        assertThat(confirmation.fields()).isEmpty();
        assertThatThrownBy(() -> confirmation.variables(Map.of("anything", "x"), NO_RULES))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("send no values");
    }

    private static List<String> models() throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource("bpmn/models.index"),
                StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> line.endsWith(".bpmn")).toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = TaskFormsTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(stream).as(name).isNotNull();
        return stream;
    }
}
