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
import org.eclipse.microprofile.openapi.annotations.Operation;

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

    /** {@code {"ratings": {"<valueId>": 1-5, ...}, "comment": "..."}} → 204. */
    @Operation(summary = "Answer the survey of a personal link",
            description = "{@code {\"ratings\": {\"<valueId>\": 1-5, ...}, \"comment\": \"...\"}} → 204.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("token") String token, String body) {
        JsonRequest request = JsonRequest.parse(body);
        var ratings = request.memberTexts("ratings");
        String comment = request.text("comment");
        request.requireReadable();
        surveys.answer(token, ratings, comment);
        return Response.noContent().build();
    }
}
