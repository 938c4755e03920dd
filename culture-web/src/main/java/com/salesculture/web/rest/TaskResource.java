package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.blankToNull;

import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.EvidenceView;
import com.salesculture.workflow.application.inbox.TaskActionService;
import com.salesculture.workflow.application.inbox.TaskComment;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.application.inbox.TaskNoteService;
import com.salesculture.workflow.application.inbox.TaskPage;
import com.salesculture.workflow.application.inbox.TaskSearch;
import com.salesculture.workflow.application.inbox.TaskView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's task inbox and the actions on a task; every action is re-authorised on the server. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// the inbox services' roles, checked before the body is read; the services check each task
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
        Role.Names.SALESPERSON, Role.Names.ADMIN})
public class TaskResource {

    @EJB
    private TaskInboxService inbox;

    @EJB
    private TaskActionService actions;

    @EJB
    private TaskNoteService notes;

    /**
     * The caller's tasks, one page, with the same filters as the inbox page; the total is in
     * {@code X-Total-Count}. Parameters: scope, process, program, due, group, q, page, size, sort, order.
     */
    @Operation(summary = "Search the caller's tasks",
            description = "The caller's tasks, one page, with the same filters as the inbox page; the total is in `X-Total-Count`. Parameters: scope, process, program, due, group, q, page, size, sort, order.")
    @GET
    public Response search(@QueryParam("scope") String scope, @QueryParam("process") String process,
                           @QueryParam("program") String program, @QueryParam("due") String due,
                           @QueryParam("group") String group, @QueryParam("q") String text,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @QueryParam("sort") String sort, @QueryParam("order") String order) {
        QueryParameters parameters = new QueryParameters();
        Long programId = parameters.number("program", program, null);
        int pageNumber = parameters.number("page", page, 0L).intValue();
        int pageSize = parameters.number("size", size, 20L).intValue();
        boolean descending = parameters.choice("order", order, "desc", "asc", "desc").equals("desc");
        parameters.throwIfInvalid();
        TaskPage result = inbox.search(new TaskSearch(scope, blankToNull(process), programId, blankToNull(due),
                blankToNull(group), blankToNull(text), pageNumber, pageSize, blankToNull(sort), descending));
        return Response.ok(result.tasks()).header("X-Total-Count", result.total()).build();
    }

    /**
     * {@code {"action": "claim" | "release" | "reassign", "taskIds": ["…", …], "assignee": "leo"}}: the same
     * action on up to 100 tasks of one kind, all or none (the first refusal says which task and why).
     */
    @Operation(summary = "Claim, release or reassign several tasks",
            description = "`{\"action\": \"claim\" | \"release\" | \"reassign\", \"taskIds\": [\"…\", …], \"assignee\": \"leo\"}`: the same action on up to 100 tasks of one kind, all or none (the first refusal says which task and why).")
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.SALESPERSON,
            Role.Names.ADMIN}) // auditors read tasks, they never act on them: refused before the body is read
    public List<TaskView> bulk(String body) {
        JsonRequest request = JsonRequest.parse(body);
        String action = request.text("action");
        List<String> taskIds = request.texts("taskIds");
        String assignee = request.text("assignee");
        request.requireReadable();
        return actions.bulk(new TaskActionService.Bulk(action, taskIds, assignee));
    }

    /** {@code {"assignee": "leo"}}: an admin, or a sales leader of the task's group, gives it to another member. */
    @Operation(summary = "Reassign a task",
            description = "`{\"assignee\": \"leo\"}`: an admin, or a sales leader of the task's group, gives it to another member.")
    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView reassign(@PathParam("id") String id, String body) {
        JsonRequest request = JsonRequest.parse(body);
        String assignee = request.text("assignee");
        request.requireReadable();
        return actions.reassign(id, assignee);
    }

    /** {@code {"delegate": "leo"}}: the assignee asks someone to do the work and stays accountable. */
    @Operation(summary = "Delegate a task",
            description = "`{\"delegate\": \"leo\"}`: the assignee asks someone to do the work and stays accountable.")
    @POST
    @Path("{id}/delegate")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView delegate(@PathParam("id") String id, String body) {
        JsonRequest request = JsonRequest.parse(body);
        String delegate = request.text("delegate");
        request.requireReadable();
        return actions.delegate(id, delegate);
    }

    /** The delegate hands the task back to its owner. */
    @Operation(summary = "Hand a delegated task back", description = "The delegate hands the task back to its owner.")
    @POST
    @Path("{id}/resolve")
    public TaskView resolve(@PathParam("id") String id) {
        return actions.resolve(id);
    }

    /** {@code {"due": "2026-12-31T17:00:00Z", "followUp": null}}: sets or clears the dates. */
    @Operation(summary = "Set a task's due and follow-up dates",
            description = "`{\"due\": \"2026-12-31T17:00:00Z\", \"followUp\": null}`: sets or clears the dates.")
    @PUT
    @Path("{id}/dates")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView schedule(@PathParam("id") String id, String body) {
        JsonRequest request = JsonRequest.parse(body);
        Instant due = request.instant("due");
        Instant followUp = request.instant("followUp");
        request.requireReadable();
        return actions.schedule(id, due, followUp);
    }

    @Operation(summary = "List a task's comments")
    @GET
    @Path("{id}/comments")
    public List<TaskComment> comments(@PathParam("id") String id) {
        return notes.comments(id);
    }

    /** {@code {"text": "..."}} → 201 with the comment. */
    @Operation(summary = "Comment on a task", description = "`{\"text\": \"...\"}` → 201 with the comment.")
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, String body) {
        JsonRequest request = JsonRequest.parse(body);
        String text = request.text("text");
        request.requireReadable();
        return Response.status(Response.Status.CREATED).entity(notes.comment(id, text)).build();
    }

    /**
     * Attaches evidence: the file's bytes as the body, its type as Content-Type, its name as {@code ?name=}.
     * At most 10 MB; the bytes must match the type. 201 with the evidence and its SHA-256.
     */
    @Operation(summary = "Attach evidence to a task",
            description = "Attaches evidence: the file's bytes as the body, its type as Content-Type, its name as `?name=`. At most 10 MB; the bytes must match the type. 201 with the evidence and its SHA-256.")
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name,
                           @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(notes.attach(id, EvidenceFiles.upload(name, contentType, body))).build();
    }

    @Operation(summary = "List a task's evidence")
    @GET
    @Path("{id}/attachments")
    public List<EvidenceView> evidence(@PathParam("id") String id) {
        return notes.evidence(id);
    }

    /** The evidence itself, as a download (never rendered inline). */
    @Operation(summary = "Download a task's evidence",
            description = "The evidence itself, as a download (never rendered inline).")
    @GET
    @Path("{id}/attachments/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
        return EvidenceFiles.download(notes.download(id, evidenceId));
    }


    @Operation(summary = "Read a task with its form")
    @GET
    @Path("{id}")
    public TaskView get(@PathParam("id") String id) {
        return inbox.get(id);
    }

    @Operation(summary = "Claim a task")
    @POST
    @Path("{id}/claim")
    public TaskView claim(@PathParam("id") String id) {
        return actions.claim(id);
    }

    @Operation(summary = "Release a task")
    @POST
    @Path("{id}/unclaim")
    public TaskView unclaim(@PathParam("id") String id) {
        return actions.unclaim(id);
    }

    /** The body holds the values of the task's form, as {@code GET /api/tasks/{id}} describes it. */
    @Operation(summary = "Complete a task",
            description = "The body holds the values of the task's form, as `GET /api/tasks/{id}` describes it.")
    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") String id, String body) {
        actions.complete(id, JsonRequest.values(body));
        return Response.noContent().build();
    }
}
