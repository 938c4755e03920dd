package com.salesculture.web.view.exceptionhandler;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.web.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one path by which a refused use case reaches a page, whichever bean met it: the messages
 * {@link Refusal} reads from the failure (as the API does), each beside the input of the submitted
 * form whose id is the field it names (where a message component is for it), the rest above; the page
 * is shown again with what the person entered. Opening a page a person may not open, or that names
 * something unknown, is a clean 403 or 404 page instead; an action refused on an open page is said on
 * it. Anything else is no refusal: the server's error page, logged.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    /** The request attribute in which error.xhtml finds why a page was refused. */
    private static final String REASON = "culture.refusal";

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<Refusal> refusal = Refusal.of(events.next().getContext().getException());
            if (refusal.isEmpty() || faces.getExternalContext().isResponseCommitted()) {
                continue;
            }
            events.remove();
            int status = refusal.get().status();
            boolean pageRefused = status == Refusal.FORBIDDEN || status == Refusal.NOT_FOUND;
            if (pageRefused && !faces.isPostback()) { // opening the page; an action on it is answered on it
                sendError(faces, refusal.get());
            } else {
                show(faces, refusal.get());
            }
        }
        getWrapped().handle();
    }

    /**
     * Says a refusal met where the handler does not look (while the page renders, as a table reads its
     * rows) or where the page goes on showing what it can; rethrows any other failure.
     */
    public static void say(RuntimeException failure) {
        show(FacesContext.getCurrentInstance(), Refusal.of(failure).orElseThrow(() -> failure));
    }

    private static void show(FacesContext faces, Refusal refusal) {
        Locale locale = faces.getViewRoot().getLocale();
        for (FieldError error : refusal.errors()) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message().in(locale), null);
            faces.addMessage(error.field() == null ? null : clientIdOf(faces, error.field()), message);
        }
        faces.validationFailed();
    }

    /**
     * The client id of the input in the submitted form whose id is the field and beside which the page
     * shows its messages; null (above the form) without one.
     */
    private static String clientIdOf(FacesContext faces, String field) {
        UIComponent form = find(faces.getViewRoot(), faces,
                component -> component instanceof UIForm submitted && submitted.isSubmitted());
        UIComponent message = find(form == null ? faces.getViewRoot() : form, faces,
                component -> component instanceof UIMessage beside && field.equals(beside.getFor()));
        UIComponent input = message == null ? null : message.findComponent(field);
        return input instanceof EditableValueHolder ? input.getClientId(faces) : null;
    }

    private static UIComponent find(UIComponent root, FacesContext faces, Predicate<UIComponent> wanted) {
        UIComponent[] found = {null};
        root.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (wanted.test(component)) {
                found[0] = component;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    /** The error page, saying why as the use case said it (a refusal by role alone its lead says already). */
    private static void sendError(FacesContext faces, Refusal refusal) {
        Locale locale = faces.getViewRoot().getLocale();
        List<String> reasons = refusal.errors().stream().map(FieldError::message)
                .filter(message -> !message.key().equals(Refusal.BY_ROLE)).map(message -> message.in(locale)).toList();
        if (!reasons.isEmpty()) {
            faces.getExternalContext().getRequestMap().put(REASON, String.join(" ", reasons));
        }
        try {
            faces.getExternalContext().responseSendError(refusal.status(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
