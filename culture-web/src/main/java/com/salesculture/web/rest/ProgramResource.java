package com.salesculture.web.rest;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.application.ProgramService;
import com.salesculture.workflow.application.ProgramView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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

@Path("programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

    @EJB
    private ProgramService programs;

    @Context
    private UriInfo uriInfo;

    /** Starts a programme: {@code {"name": "...", "horizonMonths": 36}} → 201 with Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        JsonRequest request = JsonRequest.parse(body);
        String name = request.text("name");
        Integer horizonMonths = request.wholeNumber("horizonMonths");
        request.requireReadable();
        ProgramView program = programs.start(name, horizonMonths);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(program.id())).build())
                .entity(program).build();
    }

    @GET
    public List<ProgramView> all() {
        return programs.all();
    }

    @GET
    @Path("{id}")
    public ProgramView get(@PathParam("id") String id) {
        return programs.get(ProgramId.parse(id));
    }
}
