package com.salesculture.it;

import com.salesculture.domain.model.people.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The engine-overhead benchmark's ceiling through the application's stack ({@code /api/benchmark-ceiling/…}):
 * the API's sign-in and role check, JAX-RS binding the body with JSON-B, a stateless EJB's security and
 * transaction, and then only the bare engine's work: the benchmark's row inserted and {@code culture-program}
 * started for it as the caller; an approval completed as the caller. No JPA, domain rules, decision log or
 * views. Deployed only with the benchmark, in the application's own web module, so it signs in as the API does.
 */
@Stateless
@Path("benchmark-ceiling")
@Produces(MediaType.APPLICATION_JSON)
public class OverheadCeilingResource {

    static final String PATH = "/api/benchmark-ceiling/";

    @Resource(lookup = "java:jboss/datasources/CultureDS")
    private DataSource dataSource;

    @Resource
    private SessionContext caller;

    /** The API's body of a start. */
    public record NewProgramme(String name, Integer horizonMonths) {
    }

    /** The API's body of a completion. */
    public record Completion(String decision, String reason) {
    }

    public record Started(long id, String processInstanceId) {
    }

    @POST
    @Path("programs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SALES_LEADER)
    public Response start(NewProgramme request) throws SQLException {
        long id;
        try (Connection connection = dataSource.getConnection()) {
            id = BareProgramme.insert(connection, request.name());
        }
        String process = as(Role.Names.SALES_LEADER, engine -> BareProgramme.startCultureProgram(engine, id));
        return Response.status(Response.Status.CREATED).entity(new Started(id, process)).build();
    }

    @POST
    @Path("tasks/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EXECUTIVE)
    public void complete(@PathParam("id") String task, Completion completion) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", completion.decision());
        variables.put("reason", completion.reason());
        as(Role.Names.EXECUTIVE, engine -> {
            engine.getTaskService().complete(task, variables);
            return null;
        });
    }

    /** As the engine gateway does: the engine acts for the caller. */
    private <T> T as(String role, Function<ProcessEngine, T> call) {
        ProcessEngine engine = BareProgramme.engine();
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(caller.getCallerPrincipal().getName(), List.of(role));
        try {
            return call.apply(engine);
        } finally {
            identity.clearAuthentication();
        }
    }
}
