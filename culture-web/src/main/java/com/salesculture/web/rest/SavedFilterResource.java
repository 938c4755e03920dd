package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.blankToNull;

import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.inbox.SavedFilterView;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.application.inbox.TaskSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's saved inbox filters, each with its live count; the criteria are those of {@code GET /api/tasks}. */
@Path("filters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// TaskInboxService's roles, checked before the body is read
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
        Role.Names.SALESPERSON, Role.Names.ADMIN})
public class SavedFilterResource {

    @EJB
    private TaskInboxService inbox;

    @Context
    private UriInfo uriInfo;

    @Operation(summary = "List the caller's saved filters")
    @GET
    public List<SavedFilterView> list() {
        return inbox.savedFilters();
    }

    /** {@code {"name": "Due this week", "scope": "inbox", "due": "week", "group": "hr", "q": "intent"}} → 201. */
    @Operation(summary = "Save an inbox filter",
            description = "`{\"name\": \"Due this week\", \"scope\": \"inbox\", \"due\": \"week\", \"group\": \"hr\", \"q\": \"intent\"}` → 201.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body) {
        JsonRequest request = JsonRequest.parse(body);
        String name = request.text("name");
        String scope = request.text("scope");
        String process = request.text("process");
        Integer program = request.wholeNumber("program");
        String due = request.text("due");
        String group = request.text("group");
        String text = request.text("q");
        request.requireReadable();
        SavedFilterView saved = inbox.saveFilter(name, new TaskSearch(scope, blankToNull(process),
                program == null ? null : program.longValue(), blankToNull(due), blankToNull(group), blankToNull(text),
                0, 1, null, true));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(saved.id())).build())
                .entity(saved).build();
    }

    @Operation(summary = "Delete a saved filter")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        QueryParameters parameters = new QueryParameters();
        Long filterId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        inbox.deleteFilter(filterId);
        return Response.noContent().build();
    }
}
