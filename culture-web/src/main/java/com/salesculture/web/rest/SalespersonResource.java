package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.web.imports.SalespeopleCsv;
import com.salesculture.workflow.application.people.SalesForceService;
import com.salesculture.workflow.application.people.SalespersonView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Salespeople: listed with filters; added one at a time (a JSON object) or imported all-or-nothing
 * (a JSON array, or a CSV file as {@code text/csv}).
 */
@Path("salespeople")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// SalesForceService's roles, checked before the body is read
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
        Role.Names.ADMIN})
public class SalespersonResource {

    @EJB
    private SalesForceService salesForce;

    @Context
    private UriInfo uriInfo;

    /** Parameters: {@code team} (id), {@code status} (active, in-recovery, exited). */
    /** One page of salespeople by name ({@code page} from 0, {@code size} up to 200), the total in {@code X-Total-Count}. */
    @Operation(summary = "List salespeople",
            description = "One page of salespeople by name (`page` from 0, `size` up to 200), the total in `X-Total-Count`.")
    @GET
    public Response list(@QueryParam("team") String team, @QueryParam("status") String status,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        Long teamId = parameters.number("team", team, null);
        String statusName = parameters.choice("status", status, null, "active", "in-recovery", "exited");
        PageRequest request = parameters.page(page, size);
        parameters.throwIfInvalid();
        return QueryParameters.paged(salesForce.salespeople(teamId,
                statusName == null ? null : SalespersonStatus.parse(statusName).orElseThrow(), request));
    }

    @Operation(summary = "Read a salesperson")
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        SalespersonView person = salesForce.salesperson(salespersonId);
        return Revisions.tagged(person, person.revision());
    }

    /**
     * {@code {"name", "email", "team", "manager"}}: the salesperson's details replaced. A {@code status}
     * other than the current one is refused (400): status follows exit cases and recovery plans.
     */
    @Operation(summary = "Change a salesperson",
            description = "`{\"name\", \"email\", \"team\", \"manager\"}`: the salesperson's details replaced. A `status` other than the current one is refused (400): status follows exit cases and recovery plans.")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        Long seen = Revisions.seen(ifMatch, () -> salesForce.salesperson(salespersonId) != null);
        JsonRequest request = JsonRequest.parse(body);
        SalespersonInput input = input(0, request);
        request.requireReadable();
        SalespersonView person = salesForce.change(salespersonId, seen, input);
        return Revisions.tagged(person, person.revision());
    }

    /** {@code {"reason"}}: HR brings an exited salesperson back (logged with the reason). */
    @Operation(summary = "Rehire an exited salesperson",
            description = "`{\"reason\"}`: HR brings an exited salesperson back (logged with the reason).")
    @POST
    @Path("{id}/rehire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR)
    public SalespersonView rehire(@PathParam("id") String id, String body) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        JsonRequest request = JsonRequest.parse(body);
        String reason = request.text("reason");
        request.requireReadable();
        return salesForce.rehire(salespersonId, reason);
    }

    /**
     * {@code {"username", "language"}} (both optional: the address's local part, en): the salesperson
     * gets an account with the salesperson role, and a mail with a link to set its password.
     */
    @Operation(summary = "Open an account for a salesperson",
            description = "`{\"username\", \"language\"}` (both optional: the address's local part, en): the salesperson gets an account with the salesperson role, and a mail with a link to set its password.")
    @POST
    @Path("{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public SalespersonView openAccount(@PathParam("id") String id, String body) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        JsonRequest request = JsonRequest.parse(body == null || body.isBlank() ? "{}" : body);
        String username = request.text("username");
        String language = request.text("language");
        request.requireReadable();
        return salesForce.openAccount(salespersonId, username, language);
    }

    /**
     * A JSON object adds one salesperson (201 with Location); a JSON array or a CSV file imports
     * them all or none ({@code {"imported": n}}); row errors name {@code rows[line].field}.
     */
    @Operation(summary = "Add or import salespeople",
            description = "A JSON object adds one salesperson (201 with Location); a JSON array or a CSV file imports them all or none (`{\"imported\": n}`); row errors name `rows[line].field`.")
    @POST
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public Response add(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportRequest<SalespersonInput> request = ImportRequest.read(contentType, body, SalespeopleCsv::read,
                SalespersonResource::input);
        if (request.rows() != null) {
            return ImportRequest.imported(salesForce.importAll(request.rows(), request.sha256()));
        }
        SalespersonView added = salesForce.add(request.single());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    private static SalespersonInput input(int line, JsonRequest request) {
        return new SalespersonInput(line, request.text("name"), request.text("email"), request.text("team"),
                request.text("manager"), request.text("status"), request.text("account"), request.text("language"),
                java.util.Optional.ofNullable(request.decimal("targetVariablePay")).map(java.math.BigDecimal::toPlainString)
                        .orElse(null));
    }
}
