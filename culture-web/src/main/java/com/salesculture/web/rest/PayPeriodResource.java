package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.pathId;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

    /**
     * One page of the period's statements, corrections with them, by salesperson name ({@code page} from 0,
     * {@code size} up to 200), the total in {@code X-Total-Count}; {@code q} narrows to names containing it.
     */
    @Operation(summary = "List a pay period's statements",
            description = "One page of the period's statements, corrections with them, by salesperson name (`page` from 0, "
                    + "`size` up to 200), the total in `X-Total-Count`; `q` narrows to salespeople whose name contains it.")
    @APIResponse(responseCode = "200", description = "One page of statements",
            headers = @Header(name = "X-Total-Count", description = "How many statements match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PayViews.Statement.class)))
    @GET
    @Path("{id}/statements")
    public Response statements(@PathParam("id") String id, @QueryParam("q") String name, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        long runId = pathId(id);
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size);
        parameters.throwIfInvalid();
        return QueryParameters.paged(pay.statements(runId, QueryParameters.blankToNull(name), request));
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
