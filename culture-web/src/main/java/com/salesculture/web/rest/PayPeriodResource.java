package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.pathId;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.application.pay.PayService;
import com.salesculture.workflow.application.pay.PayViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A programme's pay periods of values-linked pay and their statements (Finance, HR, executives, auditors),
 * and the payroll export of an approved period (CSV or PDF).
 */
@Path("pay-periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// PayService's roles, checked before the body is read
@RolesAllowed({Role.Names.FINANCE, Role.Names.HR, Role.Names.EXECUTIVE, Role.Names.AUDITOR})
public class PayPeriodResource {

    @EJB
    private PayService pay;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    /** The programme's pay periods, newest first: {@code ?program=7}. */
    @Operation(summary = "List a programme's pay periods",
            description = "The programme's pay periods, newest first: `?program=7`.")
    @GET
    public List<PayViews.Run> runs(@QueryParam("program") String program) {
        QueryParameters parameters = new QueryParameters();
        Long programId = parameters.number("program", program, null);
        if (programId == null) {
            parameters.reject("program", "pay.query.program");
        }
        parameters.throwIfInvalid();
        return pay.runs(new ProgramId(programId));
    }

    @Operation(summary = "Read a pay period")
    @GET
    @Path("{id}")
    public PayViews.Run run(@PathParam("id") String id) {
        return pay.run(pathId(id));
    }

    @Operation(summary = "List a pay period's statements")
    @GET
    @Path("{id}/statements")
    public List<PayViews.Statement> statements(@PathParam("id") String id) {
        return pay.statements(pathId(id));
    }

    /**
     * The approved period for payroll: {@code ?format=csv} (default) or {@code pdf}; one row per salesperson, the
     * statement in force.
     */
    @Operation(summary = "Export an approved period for payroll",
            description = "The approved period for payroll: `?format=csv` (default) or `pdf`; one row per salesperson, "
                    + "the statement in force.")
    @APIResponse(responseCode = "200", description = "The payroll file",
            content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("{id}/payroll")
    @Produces({"text/csv", "application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.Names.FINANCE, Role.Names.AUDITOR})
    public Response payroll(@PathParam("id") String id, @QueryParam("format") String format) {
        String chosen = format == null || format.isBlank() ? "csv" : format;
        PayViews.Payroll payroll = pay.payroll(pathId(id), chosen);
        return chosen.equals("pdf")
                ? TableExport.PAYROLL.pdf(payroll.statements(), payroll.statements().size(), "Payroll: pay period "
                        + payroll.run().start() + " to " + payroll.run().lastDay() + " of programme " + payroll.run().programId()
                        + ", total " + payroll.totalAmount(), CallerLocale.of(headers))
                : TableExport.PAYROLL.csv(payroll.statements());
    }
}
