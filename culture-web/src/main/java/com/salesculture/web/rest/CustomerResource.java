package com.salesculture.web.rest;

import com.salesculture.domain.model.customer.CustomerInput;
import com.salesculture.domain.model.customer.CustomerQuery;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.web.imports.CsvFile;
import com.salesculture.web.imports.CustomersCsv;
import com.salesculture.workflow.application.survey.CustomerService;
import com.salesculture.workflow.application.survey.CustomerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Customer contacts: listed by salesperson or team; added one at a time (a JSON object) or imported
 * all-or-nothing (a JSON array, or a CSV file as {@code text/csv}), under the people import's rules.
 */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// CustomerService's roles, checked before the body is read
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.AUDITOR, Role.Names.ADMIN})
public class CustomerResource {

    @EJB
    private CustomerService customers;

    @Context
    private UriInfo uriInfo;

    /**
     * One page of contacts ({@code page} from 0, {@code size} up to 200), the total in
     * {@code X-Total-Count}: of a salesperson and/or a team, {@code q} in organisation, name or email,
     * {@code sort} organisation (default), name, email or salesperson, {@code order} asc or desc.
     */
    @Operation(summary = "List customer contacts",
            description = "One page of contacts (`page` from 0, `size` up to 200), the total in `X-Total-Count`: of a salesperson and/or a team, `q` in organisation, name or email, `sort` organisation (default), name, email or salesperson, `order` asc or desc.")
    @APIResponse(responseCode = "200", description = "One page of contacts",
            headers = @Header(name = "X-Total-Count", description = "How many contacts match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CustomerView.class)))
    @GET
    public Response list(@QueryParam("salesperson") String salesperson, @QueryParam("team") String team,
                         @QueryParam("q") String text, @QueryParam("sort") String sort,
                         @QueryParam("order") String order, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        Long salespersonId = parameters.number("salesperson", salesperson, null);
        Long teamId = parameters.number("team", team, null);
        String sorted = parameters.choice("sort", sort, "organisation", "organisation", "name", "email", "salesperson");
        boolean descending = parameters.choice("order", order, "asc", "asc", "desc").equals("desc");
        PageRequest request = parameters.page(page, size);
        parameters.throwIfInvalid();
        return QueryParameters.paged(customers.customers(new CustomerQuery(salespersonId, teamId,
                QueryParameters.blankToNull(text), null, null,
                CustomerQuery.Sort.valueOf(sorted.toUpperCase(java.util.Locale.ROOT)), descending), request));
    }

    /** A customer contact: the salesperson by email, the language as en or de. */
    @Schema(example = "{\"organisation\": \"Acme GmbH\", \"name\": \"Jana Weber\", \"email\": \"jana.weber@acme.example\", "
            + "\"language\": \"de\", \"salesperson\": \"sam@example.com\", \"active\": true}")
    public record Contact(String organisation, String name, String email, String language, String salesperson,
                          Boolean active) {
    }

    @Operation(summary = "Add or import customer contacts",
            description = "A JSON object adds one contact (201); a JSON array of them or a CSV file imports all or none; row errors name `rows[line].field`.")
    @APIResponse(responseCode = "201", description = "Added; `Location` lists the salesperson's contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.Imported.class)))
    @POST
    // no @Consumes: ImportRequest says which types it takes in the caller's language
    // anyOf (an object and an array never both match): generators take it where oneOf of X and X[] trips them
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(anyOf = {Contact.class, Contact[].class})),
            @Content(mediaType = CsvFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "organisation,name,email,language,salesperson,active\nAcme GmbH,Jana Weber,jana.weber@acme.example,de,sam@example.com,yes\n")})
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public Response add(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportRequest<CustomerInput> request = ImportRequest.read(contentType, body, CustomersCsv::read,
                Contact.class, (line, contact) -> new CustomerInput(line, contact.organisation(), contact.name(),
                        contact.email(), contact.language(), contact.salesperson(),
                        contact.active() == null ? null : contact.active().toString()));
        if (request.rows() != null) {
            return ImportRequest.imported(customers.importAll(request.rows(), request.sha256()));
        }
        CustomerView added = customers.add(request.single());
        return Response.created(uriInfo.getAbsolutePathBuilder().queryParam("salesperson", added.salespersonId())
                .build()).entity(added).build();
    }
}
