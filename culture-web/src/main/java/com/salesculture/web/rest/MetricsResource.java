package com.salesculture.web.rest;

import com.salesculture.workflow.application.operations.OperationsService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Gauges in Prometheus' text format, for a scraper without an account (counts only, no names). */
@Path("metrics")
@RequestScoped
@PermitAll // the scraper, without an account (web.xml)
public class MetricsResource {

    @EJB
    private OperationsService operations;

    @Operation(summary = "Metrics for monitoring")
    @GET
    @Produces("text/plain; version=0.0.4")
    public String metrics() {
        StringBuilder text = new StringBuilder();
        operations.metrics().forEach((name, value) -> text.append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n'));
        return text.toString();
    }
}
