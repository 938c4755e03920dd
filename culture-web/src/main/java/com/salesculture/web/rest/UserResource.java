package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.workflow.application.people.AccountService;
import com.salesculture.workflow.application.people.AccountView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Accounts and roles, administered by admins. Nobody sends or reads a password here: a new account
 * (or a reset) is mailed a single-use link to set one. Every change is in the decision log.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {

    @EJB
    private AccountService accounts;

    @Context
    private UriInfo uriInfo;

    @Operation(summary = "List accounts")
    @GET
    public List<AccountView> list() {
        return accounts.accounts();
    }

    @Operation(summary = "Read an account")
    @APIResponse(responseCode = "200", description = "The account, its version in `ETag`",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @GET
    @Path("{username}")
    public Response get(@PathParam("username") String username) {
        AccountView account = accounts.account(username);
        return Revisions.tagged(account, account.revision());
    }

    /** A new account: its username, name, email, language (en or de) and roles (group names). */
    @Schema(example = "{\"username\": \"lena\", \"name\": \"Lena Berg\", \"email\": \"lena.berg@example.com\", "
            + "\"language\": \"de\", \"roles\": [\"sales-leader\"]}")
    public record NewUser(String username, String name, String email, String language, List<String> roles) {
    }

    /** Opens an account → 201; the set-password link goes by mail. */
    @Operation(summary = "Open an account", description = "Opens an account → 201; the set-password link goes by mail.")
    @APIResponse(responseCode = "201", description = "Opened; `Location` names it",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(NewUser user) {
        AccountView account = accounts.open(user.username(), user.name(), user.email(), user.language(),
                user.roles() == null ? List.of() : user.roles());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(account.username()).build()).entity(account)
                .build();
    }

    /** The roles an account holds from its next request on: exactly these (group names). */
    @Schema(example = "{\"roles\": [\"sales-leader\", \"hr\"]}")
    public record RoleAssignment(List<String> roles) {
    }

    /** With {@code If-Match}: exactly these roles, from the account's next request on. */
    @Operation(summary = "Assign an account's roles",
            description = "With `If-Match`: exactly these roles, from the account's next request on.")
    @APIResponse(responseCode = "200", description = "The account as stored, its version in `ETag`",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignRoles(@PathParam("username") String username,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RoleAssignment assignment) {
        Long seen = Revisions.seen(ifMatch, () -> accounts.account(username) != null);
        List<String> roles = assignment.roles();
        AccountView account = accounts.assignRoles(username, seen, UserAccount.rolesOf(roles == null ? List.of() : roles));
        return Revisions.tagged(account, account.revision());
    }

    /** Refused at once, sessions and API credentials alike; a reason, if given (the body may be empty), is logged. */
    @Operation(summary = "Disable an account",
            description = "Refused at once, sessions and API credentials alike; the reason (optional, as is the body) goes into "
                    + "the decision log.")
    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView disable(@PathParam("username") String username, Reason request) {
        return accounts.disable(username, request.reason());
    }

    /** The account may sign in again; a reason, if given (the body may be empty), is logged. */
    @Operation(summary = "Enable an account",
            description = "The account may sign in again; the reason (optional, as is the body) goes into the decision log.")
    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView enable(@PathParam("username") String username, Reason request) {
        return accounts.enable(username, request.reason());
    }

    /** Mails the account a new single-use link to set its password (202: the mail goes out after commit). */
    @Operation(summary = "Mail an account a new password link",
            description = "Mails the account a new single-use link to set its password (202: the mail goes out after commit).")
    @APIResponse(responseCode = "202", description = "The mail is queued")
    @POST
    @Path("{username}/password-link")
    public Response sendPasswordLink(@PathParam("username") String username) {
        accounts.sendPasswordLink(username);
        return Response.accepted().build();
    }
}
