package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.pathId;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.review.RecoveryPlanInput;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.workflow.application.review.ReviewService;
import com.salesculture.workflow.application.review.ReviewViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

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

    /** {@code {"decision": "CONFIRM"}} or {@code {"decision": "OVERRIDE", "outcome": "RECOVERY", "reason": "…"}}. */
    @Operation(summary = "Confirm or override a review's recommendation",
            description = "`{\"decision\": \"CONFIRM\"}` or `{\"decision\": \"OVERRIDE\", \"outcome\": \"RECOVERY\", \"reason\": \"…\"}`.")
    @POST
    @Path("{id}/confirmation")
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail confirm(@PathParam("id") String id, String body) {
        return reviews.confirm(pathId(id), JsonRequest.values(body));
    }

    /**
     * The draft plan: {@code {"actions": [{"description", "owner", "due": "yyyy-mm-dd"}],
     * "criteria": [{"valueId", "minConsistency": 0.7}]}}.
     */
    @Operation(summary = "Draft a recovery plan",
            description = "The draft plan: {@code {\"actions\": [{\"description\", \"owner\", \"due\": \"yyyy-mm-dd\"}], \"criteria\": [{\"valueId\", \"minConsistency\": 0.7}]}}.")
    @PUT
    @Path("{id}/recovery-plan")
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ReviewViews.Detail savePlan(@PathParam("id") String id, String body) {
        JsonRequest request = JsonRequest.parse(body);
        List<JsonRequest> actions = request.objects("actions");
        List<JsonRequest> criteria = request.objects("criteria");
        List<RecoveryPlanInput.Action> actionInputs = actions == null ? List.of() : actions.stream()
                .map(action -> new RecoveryPlanInput.Action(action.text("description"), action.text("owner"),
                        action.date("due"))).toList();
        List<RecoveryPlanInput.Criterion> criterionInputs = criteria == null ? List.of() : criteria.stream()
                .map(criterion -> {
                    Integer valueId = criterion.wholeNumber("valueId");
                    return new RecoveryPlanInput.Criterion(valueId == null ? null : valueId.longValue(),
                            criterion.decimal("minConsistency"));
                }).toList();
        request.include(actions).include(criteria).requireReadable();
        return reviews.savePlan(pathId(id), new RecoveryPlanInput(actionInputs, criterionInputs));
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

    /** The salesperson acknowledges: {@code {"comment": "…"}} (optional). */
    @Operation(summary = "Acknowledge a review", description = "The salesperson acknowledges: `{\"comment\": \"…\"}` (optional).")
    @POST
    @Path("{id}/acknowledgement")
    @RolesAllowed(Role.Names.SALESPERSON)
    public ReviewViews.Detail acknowledge(@PathParam("id") String id, String body) {
        String comment = body == null || body.isBlank() ? null : JsonRequest.parse(body).text("comment");
        return reviews.acknowledge(pathId(id), comment);
    }
}
