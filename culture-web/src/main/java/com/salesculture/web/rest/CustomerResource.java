package com.salesculture.web.rest;

import com.salesculture.domain.model.customer.CustomerInput;
import com.salesculture.domain.model.customer.CustomerQuery;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.shared.PageRequest;
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

    /** Parameters: {@code salesperson} (id), {@code team} (id). */
    /**
     * One page of contacts ({@code page} from 0, {@code size} up to 200), the total in
     * {@code X-Total-Count}: of a salesperson and/or a team, {@code q} in organisation, name or email,
     * {@code sort} organisation (default), name, email or salesperson, {@code order} asc or desc.
     */
    @Operation(summary = "List customer contacts",
            description = "One page of contacts (`page` from 0, `size` up to 200), the total in `X-Total-Count`: of a salesperson and/or a team, `q` in organisation, name or email, `sort` organisation (default), name, email or salesperson, `order` asc or desc.")
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

    /**
     * {@code {"organisation", "name", "email", "language", "salesperson", "active"}} adds one (201);
     * an array of them or a CSV file imports all or none ({@code {"imported": n}}).
     */
    @Operation(summary = "Add or import customer contacts",
            description = "`{\"organisation\", \"name\", \"email\", \"language\", \"salesperson\", \"active\"}` adds one (201); an array of them or a CSV file imports all or none (`{\"imported\": n}`).")
    @POST
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public Response add(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportRequest<CustomerInput> request = ImportRequest.read(contentType, body, CustomersCsv::read,
                CustomerResource::input);
        if (request.rows() != null) {
            return ImportRequest.imported(customers.importAll(request.rows(), request.sha256()));
        }
        CustomerView added = customers.add(request.single());
        return Response.created(uriInfo.getAbsolutePathBuilder().queryParam("salesperson", added.salespersonId())
                .build()).entity(added).build();
    }

    private static CustomerInput input(int line, JsonRequest request) {
        return new CustomerInput(line, request.text("organisation"), request.text("name"), request.text("email"),
                request.text("language"), request.text("salesperson"), request.flag("active"));
    }
}
