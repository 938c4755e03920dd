package com.salesculture.it;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs an in-server fixture for a test that runs as a client ({@code GET /it-fixtures/<name>}): its data
 * then does not depend on another test having run first. Deployed only with the archives that need it
 * ({@link Deployments#withFixtures}); answers the fixture's ids as text, or 500 with what failed.
 */
public class FixtureServlet extends HttpServlet {

    static final String PATH = "/it-fixtures/";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try {
            String answer = switch (request.getPathInfo()) {
                case "/values-linked-pay" -> ReviewExitIT.valuesLinkedPaid();
                default -> null;
            };
            if (answer == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                response.getWriter().write(answer);
            }
        } catch (Exception | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.getWriter().write(trace.toString());
        }
    }
}
