package com.salesculture.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A request that names no {@code Content-Type} is read as JSON, the API's language: an action whose
 * body is optional (a checklist tick, a confirmation) may be sent without one. RESTEasy would take it
 * as octet-stream and refuse it with 415. Another declared type is still refused.
 */
@Provider
@PreMatching
public class JsonByDefault implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
