package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.Message;
import com.salesculture.web.Refusal;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of an API call into the status and error body of DESIGN §6; refusals as {@link Refusal} reads them, as pages do. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        Optional<Refusal> refusal = Refusal.of(exception);
        if (refusal.isPresent()) {
            return respond(Status.fromStatusCode(refusal.get().status()), ErrorBody.of(refusal.get().errors(), locale()));
        }
        Throwable cause = unwrap(exception);
        if (cause instanceof Revisions.MissingIfMatch) {
            return respond(Status.PRECONDITION_REQUIRED, error("If-Match", Message.of("version.required")));
        }
        // RESTEasy refuses by the resource's @RolesAllowed before the service is called: the same answer
        if (cause instanceof ForbiddenException) {
            return respond(Status.FORBIDDEN, error(null, Message.of(Refusal.BY_ROLE)));
        }
        if (cause instanceof JsonException) {
            return respond(Status.BAD_REQUEST, error(null, Message.of("api.body.invalidJson")));
        }
        if (cause instanceof NotSupportedException) {
            return respond(Status.BAD_REQUEST, error("Content-Type", Message.of("api.body.json", MediaType.APPLICATION_JSON)));
        }
        if (cause instanceof WebApplicationException web) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            return respond(status, error(null, Message.of("api.http", web.getResponse().getStatus(),
                    status == null ? "" : status.getReasonPhrase())));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API call failed, reference " + reference, exception);
        return respond(Status.INTERNAL_SERVER_ERROR, error(null, Message.of("api.failed", reference)));
    }

    private ErrorBody error(String field, Message message) {
        return ErrorBody.of(field, message, locale());
    }

    private Locale locale() {
        return CallerLocale.of(headers);
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Response respond(Status status, ErrorBody body) {
        return Response.status(status == null ? Status.BAD_REQUEST : status)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
