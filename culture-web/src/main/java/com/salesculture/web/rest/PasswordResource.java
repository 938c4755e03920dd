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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    /** The single-use link's token (from the mailed link) and the password to set. */
    @Schema(example = "{\"token\": \"Xq3v9Lk2T8mZp0RwY7cN4bHs1JdU6eFa5GiKoVtQxWn\", \"password\": \"river-lantern-copper-42\"}")
    public record NewPassword(String token, String password) {
    }

    /** The caller's current password and the new one. */
    @Schema(example = "{\"currentPassword\": \"river-lantern-copper-42\", \"password\": \"maple-harbour-violet-17\"}")
    public record PasswordChange(String currentPassword, String password) {
    }

    /** Sets the password of the link's account: 204; the link is spent. */
    @Operation(summary = "Set a password with a single-use link",
            description = "Sets the password of the link's account: 204; the link is spent.")
    @APIResponse(responseCode = "204", description = "Set")
    @POST
    @PermitAll
    public Response set(NewPassword request) {
        accounts.setPassword(request.token(), request.password());
        return Response.noContent().build();
    }

    /** Changes the caller's password: 204; sessions and credentials from before end. */
    @Operation(summary = "Change the caller's password",
            description = "Changes the caller's password: 204; sessions and credentials from before end.")
    @APIResponse(responseCode = "204", description = "Changed")
    @PUT
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
            Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
    public Response change(PasswordChange request) {
        accounts.changeOwnPassword(request.currentPassword(), request.password());
        return Response.noContent().build();
    }
}
