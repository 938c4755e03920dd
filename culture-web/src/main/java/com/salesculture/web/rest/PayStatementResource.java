package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.pathId;

import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.pay.PayService;
import com.salesculture.workflow.application.pay.PayViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Pay statements: a salesperson reads their own; Finance corrects an approved one (a new statement naming
 * it), an executive approves the correction.
 */
@Path("pay-statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// PayService's roles, checked before the body is read
@RolesAllowed({Role.Names.FINANCE, Role.Names.HR, Role.Names.EXECUTIVE, Role.Names.AUDITOR})
public class PayStatementResource {

    @EJB
    private PayService pay;

    @jakarta.ws.rs.core.Context
    private UriInfo uriInfo;

    /** The signed-in salesperson's approved statements, newest first. */
    @Operation(summary = "List the caller's own pay statements",
            description = "The signed-in salesperson's approved statements, newest first.")
    @GET
    @Path("mine")
    @RolesAllowed(Role.Names.SALESPERSON)
    public List<PayViews.Statement> mine() {
        return pay.mine();
    }

    /** One statement with its explanation; a salesperson reads only their own. */
    @Operation(summary = "Read a pay statement",
            description = "One statement with its explanation; a salesperson reads only their own.")
    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FINANCE, Role.Names.HR, Role.Names.EXECUTIVE, Role.Names.AUDITOR, Role.Names.SALESPERSON})
    public PayViews.Statement statement(@PathParam("id") String id) {
        return pay.statement(pathId(id));
    }

    /** A correction of an approved statement: the yearly target variable pay payroll should have used, and why. */
    @Schema(example = "{\"targetVariablePay\": 48000, \"reason\": \"The raise agreed in January was missing from the period\"}")
    public record StatementCorrection(BigDecimal targetVariablePay, String reason) {
    }

    /** Finance corrects an approved statement → 201 with the correction. */
    @Operation(summary = "Correct an approved pay statement",
            description = "Finance corrects an approved statement → 201 with the correction (a draft until an executive "
                    + "approves it).")
    @APIResponse(responseCode = "201", description = "The correction; `Location` names it",
            content = @Content(schema = @Schema(implementation = PayViews.Statement.class)))
    @POST
    @Path("{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FINANCE)
    public Response correct(@PathParam("id") String id, StatementCorrection request) {
        PayViews.Statement correction = pay.correct(pathId(id), request.targetVariablePay(), request.reason());
        return Response.created(uriInfo.getBaseUriBuilder().path("pay-statements").path(Long.toString(correction.id()))
                .build()).entity(correction).build();
    }

    /** An executive approves a correction (neither its maker nor the plan's drafter). */
    @Operation(summary = "Approve a correction",
            description = "An executive approves a correction (neither its maker nor the plan's drafter).")
    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.EXECUTIVE)
    public PayViews.Statement approveCorrection(@PathParam("id") String id) {
        return pay.approveCorrection(pathId(id));
    }
}
