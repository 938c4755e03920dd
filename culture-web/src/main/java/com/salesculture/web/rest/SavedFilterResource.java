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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    /**
     * A filter to save under a name; the criteria are those of {@code GET /api/tasks} ({@code process} a process key,
     * {@code program} a programme id, {@code q} part of the task name).
     */
    @Schema(example = "{\"name\": \"Exit approvals due this week\", \"scope\": \"inbox\", \"process\": \"exit-approval\", "
            + "\"program\": 7, \"due\": \"week\", \"group\": \"hr\", \"q\": \"review\"}")
    public record NewFilter(String name, String scope, String process, Long program, String due, String group, String q) {
    }

    @Operation(summary = "Save an inbox filter",
            description = "Saves the criteria under a name → 201 with the filter and its live count.")
    @APIResponse(responseCode = "201", description = "Saved; `Location` names it",
            content = @Content(schema = @Schema(implementation = SavedFilterView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(NewFilter filter) {
        SavedFilterView saved = inbox.saveFilter(filter.name(), new TaskSearch(filter.scope(), blankToNull(filter.process()),
                filter.program(), blankToNull(filter.due()), blankToNull(filter.group()), blankToNull(filter.q()),
                0, 1, null, true));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(saved.id())).build())
                .entity(saved).build();
    }

    @Operation(summary = "Delete a saved filter")
    @APIResponse(responseCode = "204", description = "Deleted")
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
