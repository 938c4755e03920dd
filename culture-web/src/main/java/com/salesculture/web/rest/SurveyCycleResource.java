package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.survey.SurveyCycleId;
import com.salesculture.workflow.application.survey.SurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** A survey cycle: its status and live response rate, its scores, and (for leaders) comments. */
@Path("survey-cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// SurveyService's roles, checked before the body is read
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR})
public class SurveyCycleResource {

    @EJB
    private SurveyService surveys;

    @Operation(summary = "Read a survey cycle")
    @GET
    @Path("{id}")
    public SurveyViews.Cycle cycle(@PathParam("id") String id) {
        return surveys.cycle(cycleId(id));
    }

    /** Closes the open cycle now instead of at its deadline (sales leaders); its scores follow shortly. */
    @Operation(summary = "Close a survey cycle now",
            description = "Closes the open cycle now instead of at its deadline (sales leaders); its scores follow shortly.")
    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.Names.SALES_LEADER)
    public SurveyViews.Cycle close(@PathParam("id") String id) {
        return surveys.closeNow(cycleId(id));
    }

    /**
     * Per salesperson × value (mean, count, consistency, insufficient sample), one page of salespeople
     * ({@code page} from 0, {@code size} up to 200, 25 by default), and every team; how many salespeople
     * the cycle scores is in {@code X-Total-Count} and {@code salespeopleTotal}.
     */
    @Operation(summary = "Read a cycle's scores",
            description = "Per salesperson × value (mean, count, consistency, insufficient sample), one page of salespeople "
                    + "(`page` from 0, `size` up to 200, 25 by default), and every team; how many salespeople the cycle "
                    + "scores is in `X-Total-Count` and `salespeopleTotal`.")
    @APIResponse(responseCode = "200", description = "One page of the heatmap and every team",
            headers = @Header(name = "X-Total-Count", description = "How many salespeople the cycle scores",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = SurveyViews.CycleScores.class)))
    @GET
    @Path("{id}/scores")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON})
    public Response scores(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        PageRequest rows = parameters.page(page, size);
        parameters.throwIfInvalid();
        SurveyViews.CycleScores scores = surveys.scores(cycleId(id), rows);
        return Response.ok(scores).header("X-Total-Count", scores.salespeopleTotal()).build();
    }

    /** How the responses came in: per day, how many answered and the response rate reached. */
    @Operation(summary = "Read how a cycle's responses came in",
            description = "Per day from the opening to the close (or today), how many answered and the response rate reached.")
    @GET
    @Path("{id}/progress")
    public SurveyViews.Progress progress(@PathParam("id") String id) {
        return surveys.progress(cycleId(id));
    }

    /** Per value, the salespeople the publication recognised (names only; empty unless the plan asks for it). */
    @Operation(summary = "Read a cycle's recognition",
            description = "Per value, the salespeople the publication recognised (names only; empty unless the plan asks for it).")
    @GET
    @Path("{id}/recognition")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON, Role.Names.ADMIN})
    public List<SurveyViews.Recognised> recognition(@PathParam("id") String id) {
        return surveys.recognition(cycleId(id));
    }

    /** Comments on one salesperson, withheld below 5 responses. */
    @Operation(summary = "Read comments on a salesperson",
            description = "Comments on one salesperson, withheld below 5 responses.")
    @GET
    @Path("{id}/comments")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER})
    public SurveyViews.Comments comments(@PathParam("id") String id, @QueryParam("salesperson") String salesperson) {
        QueryParameters parameters = new QueryParameters();
        Long cycle = parameters.number("id", id, null);
        Long salespersonId = parameters.number("salesperson", salesperson, null);
        parameters.throwIfInvalid();
        if (salespersonId == null) {
            throw new InvalidInputException("salesperson", "survey.comments.salesperson");
        }
        return surveys.comments(new SurveyCycleId(cycle), salespersonId);
    }

    /** One response, as a follow-up task shows it to the salesperson's leader. */
    @Operation(summary = "Read a response to follow up",
            description = "One response, as a follow-up task shows it to the salesperson's leader.")
    @GET
    @Path("responses/{invitationId}")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER})
    public SurveyViews.Response response(@PathParam("invitationId") String invitationId) {
        QueryParameters parameters = new QueryParameters();
        Long id = parameters.number("invitationId", invitationId, null);
        parameters.throwIfInvalid();
        return surveys.response(id);
    }

    static SurveyCycleId cycleId(String id) {
        QueryParameters parameters = new QueryParameters();
        Long value = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        return new SurveyCycleId(value);
    }
}
