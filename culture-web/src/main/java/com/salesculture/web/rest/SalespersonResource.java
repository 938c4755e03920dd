package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.web.imports.CsvFile;
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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    /** One page of salespeople by name ({@code page} from 0, {@code size} up to 200), the total in {@code X-Total-Count}. */
    @Operation(summary = "List salespeople",
            description = "One page of salespeople by name (`page` from 0, `size` up to 200), the total in `X-Total-Count`; `team` (id) and `status` (active, in-recovery, exited) narrow it.")
    @APIResponse(responseCode = "200", description = "One page of salespeople",
            headers = @Header(name = "X-Total-Count", description = "How many salespeople match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SalespersonView.class)))
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
    @APIResponse(responseCode = "200", description = "The salesperson, the version in `ETag`",
            content = @Content(schema = @Schema(implementation = SalespersonView.class)))
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
     * The salesperson's details replaced. A {@code status} other than the current one is refused (400):
     * status follows exit cases and recovery plans.
     */
    @Operation(summary = "Change a salesperson",
            description = "The salesperson's details replaced (with `If-Match`). A `status` other than the current one is refused (400): status follows exit cases and recovery plans.")
    @APIResponse(responseCode = "200", description = "The salesperson as stored, the version in `ETag`",
            content = @Content(schema = @Schema(implementation = SalespersonView.class)))
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           Details details) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        Long seen = Revisions.seen(ifMatch, () -> salesForce.salesperson(salespersonId) != null);
        SalespersonView person = salesForce.change(salespersonId, seen, details.input(0));
        return Revisions.tagged(person, person.revision());
    }

    /** HR brings an exited salesperson back (logged with the reason). */
    @Operation(summary = "Rehire an exited salesperson",
            description = "HR brings an exited salesperson back (logged with the reason).")
    @POST
    @Path("{id}/rehire")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR)
    public SalespersonView rehire(@PathParam("id") String id, Reason request) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        return salesForce.rehire(salespersonId, request.reason());
    }

    /** A salesperson's new account: both optional (the address's local part, en). */
    @Schema(example = "{\"username\": \"sam\", \"language\": \"en\"}")
    public record NewAccount(String username, String language) {
    }

    @Operation(summary = "Open an account for a salesperson",
            description = "The salesperson gets an account with the salesperson role, and a mail with a link to set its password.")
    @POST
    @Path("{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public SalespersonView openAccount(@PathParam("id") String id, NewAccount account) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        return salesForce.openAccount(salespersonId, account.username(), account.language());
    }

    /**
     * A salesperson's details: team by name, manager and account by username, status active (the others
     * follow exit cases and recovery plans), language en or de.
     */
    @Schema(example = "{\"name\": \"Sam Sales\", \"email\": \"sam@example.com\", \"team\": \"North\", \"manager\": \"lena\", "
            + "\"status\": \"active\", \"account\": \"sam\", \"language\": \"en\", \"targetVariablePay\": 48000}")
    public record Details(String name, String email, String team, String manager, String status, String account,
                          String language, BigDecimal targetVariablePay) {

        SalespersonInput input(int line) {
            return new SalespersonInput(line, name, email, team, manager, status, account, language,
                    targetVariablePay == null ? null : targetVariablePay.toPlainString());
        }
    }

    @Operation(summary = "Add or import salespeople",
            description = "A JSON object adds one salesperson (201 with Location); a JSON array or a CSV file imports them all or none; row errors name `rows[line].field`.")
    @APIResponse(responseCode = "201", description = "Added; `Location` names the salesperson",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SalespersonView.class)))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.Imported.class)))
    @POST
    // no @Consumes: ImportRequest says which types it takes in the caller's language
    // anyOf (an object and an array never both match): generators take it where oneOf of X and X[] trips them
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {Details.class, Details[].class})),
            @Content(mediaType = CsvFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "name,email,team,manager,status,account,language\nSam Sales,sam@example.com,North,lena,active,,en\n")})
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public Response add(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportRequest<SalespersonInput> request = ImportRequest.read(contentType, body, SalespeopleCsv::read,
                Details.class, (line, details) -> details.input(line));
        if (request.rows() != null) {
            return ImportRequest.imported(salesForce.importAll(request.rows(), request.sha256()));
        }
        SalespersonView added = salesForce.add(request.single());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }
}
