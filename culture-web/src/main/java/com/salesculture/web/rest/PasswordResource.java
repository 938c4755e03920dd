package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.people.AccountService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Passwords: set with a mailed single-use link (no account needed: the link is the proof), or changed
 * by the signed-in person, who gives their current one. Rules broken are field errors
 * ({@code token}, {@code password}, {@code currentPassword}).
 */
@Path("password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

    @EJB
    private AccountService accounts;

    /** {@code {"token", "password"}}: 204; the link is spent. */
    @Operation(summary = "Set a password with a single-use link",
            description = "`{\"token\", \"password\"}`: 204; the link is spent.")
    @POST
    @PermitAll
    public Response set(String body) {
        JsonRequest request = JsonRequest.parse(body);
        String token = request.text("token");
        String password = request.text("password");
        request.requireReadable();
        accounts.setPassword(token, password);
        return Response.noContent().build();
    }

    /** {@code {"currentPassword", "password"}}: 204; sessions and credentials from before end. */
    @Operation(summary = "Change the caller's password",
            description = "`{\"currentPassword\", \"password\"}`: 204; sessions and credentials from before end.")
    @PUT
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
            Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
    public Response change(String body) {
        JsonRequest request = JsonRequest.parse(body);
        String current = request.text("currentPassword");
        String password = request.text("password");
        request.requireReadable();
        accounts.changeOwnPassword(current, password);
        return Response.noContent().build();
    }
}
