package com.salesculture.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Answers that the application is up, without touching the database or an account: for a load
 * balancer's liveness check, and as the ceiling the survey benchmark compares submissions with.
 */
@Path("ping")
@RequestScoped
@PermitAll // no account (web.xml)
public class PingResource {

    @Operation(summary = "Ping (no database, no account)")
    @APIResponse(responseCode = "204", description = "Up")
    @GET
    public Response get() {
        return Response.noContent().build();
    }

    /** The same, for a client that measures a POST like a survey submission. */
    @Operation(summary = "Ping with a body",
            description = "The same, for a client that measures a POST like a survey submission.")
    @APIResponse(responseCode = "204", description = "Up")
    @POST
    public Response post(String ignored) {
        return Response.noContent().build();
    }
}
