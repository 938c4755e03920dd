package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of an API call into the status and error body of DESIGN §6. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof InvalidInputException invalid) {
            return respond(Status.BAD_REQUEST, new ErrorBody(invalid.errors()));
        }
        if (cause instanceof NotFoundException) {
            return respond(Status.NOT_FOUND, ErrorBody.of(null, cause.getMessage()));
        }
        if (cause instanceof NotAllowedException) {
            return respond(Status.FORBIDDEN, ErrorBody.of(null, cause.getMessage()));
        }
        if (cause instanceof EJBAccessException) {
            return respond(Status.FORBIDDEN, ErrorBody.of(null, "Your role does not allow this."));
        }
        if (cause instanceof ConflictException) {
            return respond(Status.CONFLICT, ErrorBody.of(null, cause.getMessage()));
        }
        if (cause instanceof OptimisticLockException) {
            return respond(Status.CONFLICT,
                    ErrorBody.of(null, "Someone else changed this in the meantime; reload and try again."));
        }
        if (cause instanceof JsonException) {
            return respond(Status.BAD_REQUEST, ErrorBody.of(null, "The request body is not valid JSON."));
        }
        if (cause instanceof NotSupportedException) {
            return respond(Status.BAD_REQUEST,
                    ErrorBody.of("Content-Type", "Send the request body as " + MediaType.APPLICATION_JSON + "."));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return respond(Status.fromStatusCode(status), ErrorBody.of(null, Status.fromStatusCode(status) == null
                    ? "Request failed." : Status.fromStatusCode(status).getReasonPhrase() + "."));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API call failed, reference " + reference, exception);
        return respond(Status.INTERNAL_SERVER_ERROR,
                ErrorBody.of(null, "Something went wrong on our side (reference " + reference + ")."));
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while (current instanceof EJBException && current.getCause() != null
                && !(current instanceof EJBAccessException)) {
            current = current.getCause();
        }
        return current;
    }

    private static Response respond(Status status, ErrorBody body) {
        return Response.status(status == null ? Status.BAD_REQUEST : status)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
