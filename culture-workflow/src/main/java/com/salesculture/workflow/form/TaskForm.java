package com.salesculture.workflow.form;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A task's form: its key, its fields and their current values (as the API writes them). */
public record TaskForm(String key, List<FormField> fields, Map<String, Object> values) implements Serializable {
}
