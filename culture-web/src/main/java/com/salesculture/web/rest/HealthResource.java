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

    @Operation(summary = "Liveness")
    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> live() {
        return Map.of("status", "UP");
    }

    @Operation(summary = "Readiness")
    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        OperationsViews.Health health = operations.readiness();
        return Response.status(health.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(Map.of("status", health.up() ? "UP" : "DOWN", "checks", health.checks())).build();
    }
}
