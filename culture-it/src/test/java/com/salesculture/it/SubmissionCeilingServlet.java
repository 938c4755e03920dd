package com.salesculture.it;

import com.salesculture.domain.model.survey.SurveyToken;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The survey benchmark's ceiling of a submission over HTTP ({@code POST /submission-ceiling/<token>} with
 * the survey's body): the body's JSON read, the token hashed, the answer stored by the database ceiling's
 * plain JDBC statements in one commit. No JAX-RS, no EJB, no JPA, no engine: what any submission must
 * at least cost on this server. Deployed only with the benchmark.
 */
public class SubmissionCeilingServlet extends HttpServlet {

    static final String PATH = "/submission-ceiling/";
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private transient DataSource dataSource;

    @Override
    public void init() throws ServletException {
        try {
            dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/CultureDS");
        } catch (NamingException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        JsonObject body;
        try (JsonReader reader = JSON.createReader(request.getInputStream())) {
            body = reader.readObject();
        }
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        body.getJsonObject("ratings").forEach((value, rating) -> ratings.put(Long.parseLong(value), ((JsonNumber) rating).intValue()));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (BareSubmission.store(connection, SurveyToken.hash(request.getPathInfo().substring(1)), ratings,
                    body.getString("comment", null))) {
                connection.commit();
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                connection.rollback();
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
