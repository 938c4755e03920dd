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
    @GET
    @Path("{username}")
    public Response get(@PathParam("username") String username) {
        AccountView account = accounts.account(username);
        return Revisions.tagged(account, account.revision());
    }

    /** {@code {"username", "name", "email", "language", "roles": [...]}}: 201; the set-password link goes by mail. */
    @Operation(summary = "Open an account",
            description = "`{\"username\", \"name\", \"email\", \"language\", \"roles\": [...]}`: 201; the set-password link goes by mail.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(String body) {
        JsonRequest request = JsonRequest.parse(body);
        String username = request.text("username");
        String name = request.text("name");
        String email = request.text("email");
        String language = request.text("language");
        List<String> roles = request.texts("roles");
        request.requireReadable();
        AccountView account = accounts.open(username, name, email, language, roles == null ? List.of() : roles);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(account.username()).build()).entity(account)
                .build();
    }

    /** {@code {"roles": [...]}} with {@code If-Match}: exactly these roles, from the account's next request on. */
    @Operation(summary = "Assign an account's roles",
            description = "`{\"roles\": [...]}` with `If-Match`: exactly these roles, from the account's next request on.")
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignRoles(@PathParam("username") String username,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        Long seen = Revisions.seen(ifMatch, () -> accounts.account(username) != null);
        JsonRequest request = JsonRequest.parse(body);
        List<String> roles = request.texts("roles");
        request.requireReadable();
        AccountView account = accounts.assignRoles(username, seen, UserAccount.rolesOf(roles == null ? List.of() : roles));
        return Revisions.tagged(account, account.revision());
    }

    /** {@code {"reason"}}: refused at once, sessions and API credentials alike. */
    @Operation(summary = "Disable an account",
            description = "`{\"reason\"}`: refused at once, sessions and API credentials alike.")
    @POST
    @Path("{username}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView disable(@PathParam("username") String username, String body) {
        return accounts.disable(username, reason(body));
    }

    @Operation(summary = "Enable an account")
    @POST
    @Path("{username}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView enable(@PathParam("username") String username, String body) {
        return accounts.enable(username, reason(body));
    }

    /** Mails the account a new single-use link to set its password (202: the mail goes out after commit). */
    @Operation(summary = "Mail an account a new password link",
            description = "Mails the account a new single-use link to set its password (202: the mail goes out after commit).")
    @POST
    @Path("{username}/password-link")
    public Response sendPasswordLink(@PathParam("username") String username) {
        accounts.sendPasswordLink(username);
        return Response.accepted().build();
    }

    private static String reason(String body) {
        JsonRequest request = JsonRequest.parse(body == null || body.isBlank() ? "{}" : body);
        String reason = request.text("reason");
        request.requireReadable();
        return reason;
    }
}
