package com.salesculture.workflow.form;

import java.io.Serializable;
import java.util.List;

/**
 * One field of a task form as the page and API describe it. {@code allowedValues} is set for
 * choices; {@code maxLength}, {@code min} and {@code max} where the form type limits them.
 */
public record FormField(String name, String type, boolean required, List<String> allowedValues,
                        Integer maxLength, Long min, Long max) implements Serializable {
}
