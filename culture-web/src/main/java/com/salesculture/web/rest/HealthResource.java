package com.salesculture.web.rest;

import com.salesculture.workflow.application.operations.OperationsService;
import com.salesculture.workflow.application.operations.OperationsViews;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Probes for the platform, without an account: liveness (the application answers) and readiness (its
 * database and job executor work: 503 otherwise).
 */
@Path("health")
@RequestScoped
@PermitAll // the platform's probes, without an account (web.xml)
public class HealthResource {

    @EJB
    private OperationsService operations;

    /** The application answers: always {@code UP}. */
    public record Liveness(String status) {
    }

    /** {@code UP} or {@code DOWN}, with each check by name ({@code UP} or why not). */
    public record Readiness(String status, Map<String, String> checks) {
    }

    @Operation(summary = "Liveness")
    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public Liveness live() {
        return new Liveness("UP");
    }

    @Operation(summary = "Readiness")
    @APIResponse(responseCode = "200", description = "Ready",
            content = @Content(schema = @Schema(implementation = Readiness.class)))
    @APIResponse(responseCode = "503", description = "Not ready: a check failed",
            content = @Content(schema = @Schema(implementation = Readiness.class)))
    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        OperationsViews.Health health = operations.readiness();
        return Response.status(health.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Readiness(health.up() ? "UP" : "DOWN", health.checks())).build();
    }
}
