package com.salesculture.web.rest;

import com.salesculture.workflow.application.survey.PublicSurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.annotation.security.PermitAll;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A customer's personal survey link, without an account: {@code GET} reads the survey, {@code POST}
 * answers it once. 404 unknown link, 409 already answered, 410 the cycle has closed; submissions are
 * rate-limited per client address (429).
 */
@Path("surveys/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // customers without an account (web.xml)
public class PublicSurveyResource {

    @EJB
    private PublicSurveyService surveys;

    @Operation(summary = "Read the survey of a personal link")
    @GET
    public SurveyViews.Survey survey(@PathParam("token") String token) {
        return surveys.survey(token);
    }

    /**
     * A customer's answer: a rating for each of the survey's values, by value id, and an optional comment.
     * Ratings are read as the text they were written as, so the domain judges each (a number 1–5).
     */
    @Schema(example = "{\"ratings\": {\"12\": 5, \"13\": 4}, "
            + "\"comment\": \"Always quick to call back, and honest about delivery dates\"}")
    public record SurveySubmission(
            @Schema(description = "Value id → rating from 1 to 5, one for each of the survey's values",
                    additionalProperties = Integer.class)
            Map<String, String> ratings,
            String comment) {
    }

    /** Answers the survey once → 204; every value of the survey needs a rating. */
    @Operation(summary = "Answer the survey of a personal link",
            description = "Answers the survey once → 204; every value of the survey needs a rating "
                    + "(errors name `ratings.<valueId>`).")
    @APIResponse(responseCode = "204", description = "Answered")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("token") String token, SurveySubmission submission) {
        surveys.answer(token, submission.ratings(), submission.comment());
        return Response.noContent().build();
    }
}
