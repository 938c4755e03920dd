package com.salesculture.it;

import com.salesculture.domain.model.survey.SurveyToken;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The survey benchmark's ceiling of a submission through the application's stack
 * ({@code POST /submission-ceiling/rest/<token>}): JAX-RS binding the body with JSON-B as the API does,
 * a stateless EJB's security and transaction, the database ceiling's plain JDBC statements on the
 * transaction's connection. No JPA, no domain rules, no engine. Deployed only with the benchmark, in the
 * servlet ceiling's web module.
 */
@Stateless
@PermitAll
@Path("{token}")
public class SubmissionCeilingResource {

    static final String PATH = SubmissionCeilingServlet.PATH + "rest/";

    @Resource(lookup = "java:jboss/datasources/CultureDS")
    private DataSource dataSource;

    /** The API's body: value id → rating as written, and a comment. */
    public record Submission(Map<String, String> ratings, String comment) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("token") String token, Submission submission) throws SQLException {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        submission.ratings().forEach((value, rating) -> ratings.put(Long.parseLong(value), Integer.parseInt(rating)));
        try (Connection connection = dataSource.getConnection()) {
            if (!BareSubmission.store(connection, SurveyToken.hash(token), ratings, submission.comment())) {
                throw new WebApplicationException(Response.Status.CONFLICT);
            }
        }
        return Response.noContent().build();
    }

    /** JAX-RS in the ceiling's web module, beside its servlet. */
    @ApplicationPath("rest")
    public static class Rest extends Application {
    }
}
