package com.salesculture.web.view.exceptionhandler;

import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.web.view.Texts;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A page a person may not open, or that names something unknown, is a clean refusal (403, 404 with
 * the error page), never a server error, whichever bean met the refusal first. In an AJAX request
 * the refusal is said on the page instead.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            int status = statusOf(failure);
            if (status == 0 || faces.getExternalContext().isResponseCommitted()) {
                continue;
            }
            events.remove();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                String key = status == HttpServletResponse.SC_FORBIDDEN ? "error.role" : "error.notFound";
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.text(key), null));
                faces.validationFailed();
            } else {
                try {
                    faces.getExternalContext().responseSendError(status, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    /** 403 for a refusal by role or rule, 404 for something unknown, 0 for anything else. */
    static int statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException || cause instanceof NotAllowedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (cause instanceof NotFoundException) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
        }
        return 0;
    }
}
