package com.salesculture.web.view;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Shows the outcome of a use case on the page. A refusal needs nothing here: it takes the one path
 * of {@link com.salesculture.web.view.exceptionhandler.RefusalExceptionHandler}; only a form that
 * places errors beside rows of its own (deliverables, values, ratings) catches its invalid input.
 */
final class FacesMessages {

    private FacesMessages() {
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    static void error(String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        faces.validationFailed();
    }

    /**
     * Places the errors of refused input on a form that shows them beside its rows: the errors of
     * fields the page shows are returned for it to place; every other one (the input as a whole, or a
     * field the page has no place for, such as the number of deliverables) is said above the form,
     * with a summary when some are placed below.
     */
    static Map<String, String> placed(InvalidInputException invalid, Predicate<String> shownBeside) {
        Map<String, String> placed = new LinkedHashMap<>();
        for (FieldError error : invalid.errors()) {
            String message = error.message().in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            if (error.field() != null && shownBeside.test(error.field())) {
                placed.putIfAbsent(error.field(), message);
            } else {
                error(message);
            }
        }
        if (!placed.isEmpty()) {
            error(Texts.text("task.form.invalid"));
        }
        return placed;
    }
}
