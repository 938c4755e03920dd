package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.pathId;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.review.RecoveryPlanInput;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.workflow.application.review.ReviewService;
import com.salesculture.workflow.application.review.ReviewViews;
import com.salesculture.workflow.process.AcknowledgeReviewForm;
import com.salesculture.workflow.process.ReviewConfirmationForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Performance reviews: list and read them, and work their steps (confirm or override, draft and
 * submit the recovery plan, acknowledge). A salesperson reads only their own.
 */
@Path("reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// ReviewService's roles, checked before the body is read
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.AUDITOR, Role.Names.SALESPERSON,
        Role.Names.ADMIN})
public class ReviewResource {

    @EJB
    private ReviewService reviews;

    /** One page of reviews, newest first ({@code page} from 0, {@code size} up to 200), the total in {@code X-Total-Count}. */
    @Operation(summary = "List performance reviews",
            description = "One page of reviews, newest first (`page` from 0, `size` up to 200), the total in `X-Total-Count`.")
    @APIResponse(responseCode = "200", description = "One page of reviews",
            headers = @Header(name = "X-Total-Count", description = "How many reviews match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewViews.Summary.class)))
    @GET
    public Response list(@QueryParam("cycle") String cycle, @QueryParam("salesperson") String salesperson,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        Long cycleId = parameters.number("cycle", cycle, null);
        Long salespersonId = parameters.number("salesperson", salesperson, null);
        PageRequest request = parameters.page(page, size);
        parameters.throwIfInvalid();
        return QueryParameters.paged(reviews.list(cycleId, salespersonId, request));
    }

    @Operation(summary = "Read a performance review")
    @GET
    @Path("{id}")
    public ReviewViews.Detail get(@PathParam("id") String id) {
        return reviews.get(pathId(id));
    }

    /** Confirms the recommendation, or overrides it with an outcome and a reason. */
    @Operation(summary = "Confirm or override a review's recommendation",
            description = "Confirms the recommendation, or overrides it with an outcome and a reason.")
    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail confirm(@PathParam("id") String id,
                                      @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                              schema = @Schema(implementation = ReviewConfirmationForm.class),
                                              examples = {@ExampleObject(name = "override", value = "{\"decision\": "
                                                      + "\"OVERRIDE\", \"outcome\": \"RECOVERY\", \"reason\": "
                                                      + "\"Two customers left over broken promises\"}"),
                                                      @ExampleObject(name = "confirm", value = "{\"decision\": \"CONFIRM\"}")}))
                                      String body) {
        return reviews.confirm(pathId(id), JsonRequest.values(body));
    }

    /** The draft plan: actions (each with an owner and a due date) and the minimum consistency per value. */
    @Operation(summary = "Draft a recovery plan",
            description = "The draft plan, replacing an earlier draft: actions (each with an owner and a due date) and the "
                    + "minimum consistency per value; errors name `actions[n].field` and `criteria[n].field`.")
    @PUT
    @Path("{id}/recovery-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail savePlan(@PathParam("id") String id,
                                       @RequestBody(content = @Content(examples = @ExampleObject(name = "plan",
                                               value = "{\"actions\": [{\"description\": \"Visit each key account with "
                                                       + "the team lead\", \"owner\": \"lena\", \"due\": \"2027-04-30\"}], "
                                                       + "\"criteria\": [{\"valueId\": 3, \"minConsistency\": 0.7}]}")))
                                       RecoveryPlanInput plan) {
        return reviews.savePlan(pathId(id), plan);
    }

    /** Completes "Draft the recovery plan": the plan opens and the salesperson is in recovery. */
    @Operation(summary = "Submit a recovery plan",
            description = "Completes \"Draft the recovery plan\": the plan opens and the salesperson is in recovery.")
    @POST
    @Path("{id}/recovery-plan/submit")
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail submitPlan(@PathParam("id") String id) {
        return reviews.submitPlan(pathId(id));
    }

    /** The salesperson acknowledges, with a comment if they wish (an empty body acknowledges without one). */
    @Operation(summary = "Acknowledge a review",
            description = "The salesperson acknowledges, with a comment if they wish (an empty body acknowledges without one).")
    @POST
    @Path("{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SALESPERSON)
    public ReviewViews.Detail acknowledge(@PathParam("id") String id,
                                          @RequestBody(content = @Content(examples = @ExampleObject(name = "comment",
                                                  value = "{\"comment\": \"Agreed; I asked for a second coaching session\"}")))
                                          AcknowledgeReviewForm acknowledgement) {
        return reviews.acknowledge(pathId(id), acknowledgement.comment());
    }
}
