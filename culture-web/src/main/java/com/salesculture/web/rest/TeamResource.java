package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.people.SalesForceService;
import com.salesculture.workflow.application.people.SalesTeamView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

/** Sales teams and their leaders. */
@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// SalesForceService's roles, checked before the body is read
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
        Role.Names.ADMIN})
public class TeamResource {

    @EJB
    private SalesForceService salesForce;

    @Context
    private UriInfo uriInfo;

    @Operation(summary = "List sales teams")
    @GET
    public List<SalesTeamView> list() {
        return salesForce.teams();
    }

    /** A new team: its name (unique regardless of case) and its leader's username (a sales leader). */
    @Schema(example = "{\"name\": \"North\", \"leader\": \"lena\"}")
    public record NewTeam(String name, String leader) {
    }

    @Operation(summary = "Form a sales team",
            description = "A new team led by a sales leader → 201 with Location; 409 when the name is taken.")
    @APIResponse(responseCode = "201", description = "Formed; `Location` names it",
            content = @Content(schema = @Schema(implementation = SalesTeamView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public Response form(NewTeam request) {
        SalesTeamView team = salesForce.formTeam(request.name(), request.leader());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(team.id())).build())
                .entity(team).build();
    }
}
