package com.salesculture.workflow.form;

/** How a form field is entered; the API names it in lower case. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, DATE, BOOLEAN, CHOICE;

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
