package com.salesculture.workflow.form;

import com.salesculture.domain.model.shared.FieldError;
import java.util.List;

/** A form type whose rules span fields (a reason required for a rejection); checked after the field rules. */
public interface CrossFieldRules {

    List<FieldError> crossFieldErrors();
}
