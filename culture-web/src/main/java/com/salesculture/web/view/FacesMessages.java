package com.salesculture.web.view;

import com.salesculture.domain.infrastructure.persistence.UniqueRules;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.RefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Shows the outcome of a use case on the page: field errors beside their fields, the rest on top. */
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
     * Reports a refused save of a page that shows errors beside its fields: the errors of fields the
     * page shows are returned for it to place; every other one (the input as a whole, or a field the
     * page has no place for, such as the number of deliverables) is said above the form, with a
     * summary when some are placed below. Any other outcome is reported as {@link #refused} does.
     */
    static Map<String, String> refusedForm(RuntimeException exception, Predicate<String> shownBeside) {
        if (!(unwrap(exception) instanceof InvalidInputException invalid)) {
            refused(exception, Map.of());
            return Map.of();
        }
        Map<String, String> placed = new LinkedHashMap<>();
        for (FieldError error : invalid.errors()) {
            String message = error.message().in(locale());
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

    /** Every message of a refused input, worded for the page, in order; empty for any other outcome. */
    static List<String> messages(RuntimeException exception) {
        return unwrap(exception) instanceof InvalidInputException invalid
                ? invalid.errors().stream().map(error -> error.message().in(locale())).toList()
                : List.of();
    }

    /** The page's language (the browser's, among those the bundles have). */
    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The business outcome behind a failure: a race lost at a unique constraint reads as its conflict. */
    private static RuntimeException unwrap(RuntimeException exception) {
        return UniqueRules.conflictOf(exception).<RuntimeException>map(conflict -> conflict).orElseGet(() ->
                exception instanceof EJBException ejb && !(exception instanceof EJBAccessException)
                        && ejb.getCause() instanceof RuntimeException inner ? inner : exception);
    }

    /**
     * Reports a refused action; returns normally for business outcomes and rethrows anything else.
     *
     * @param fieldClientIds maps domain field names to the client ids of the inputs that hold them
     */
    static void refused(RuntimeException exception, Map<String, String> fieldClientIds) {
        RuntimeException cause = unwrap(exception);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (cause instanceof InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                faces.addMessage(fieldClientIds.get(error.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message().in(locale()), null));
            }
        } else if (cause instanceof EJBAccessException) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text("error.role"), null));
        } else if (cause instanceof RefusedException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.text().in(locale()), null));
        } else {
            throw exception;
        }
        faces.validationFailed();
    }
}
