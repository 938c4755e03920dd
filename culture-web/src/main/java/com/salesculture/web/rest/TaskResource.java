package com.salesculture.web.rest;

import com.salesculture.workflow.application.TaskInboxService;
import com.salesculture.workflow.application.TaskView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller's task inbox and the actions on a task; every action is re-authorised on the server. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @EJB
    private TaskInboxService inbox;

    @GET
    public List<TaskView> inbox() {
        return inbox.inbox();
    }

    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") String id) {
        return inbox.get(id);
    }

    @POST
    @Path("{id}/claim")
    public TaskView claim(@PathParam("id") String id) {
        return inbox.claim(id);
    }

    @POST
    @Path("{id}/unclaim")
    public TaskView unclaim(@PathParam("id") String id) {
        return inbox.unclaim(id);
    }

    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") String id) {
        inbox.complete(id);
        return Response.noContent().build();
    }
}
