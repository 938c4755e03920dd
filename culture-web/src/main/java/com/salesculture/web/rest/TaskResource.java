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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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
            description = "The caller's tasks, one page, with the same filters as the inbox page; the total is in "
                    + "`X-Total-Count`. Parameters: scope, process, program, due, group, q, page, size, sort, order.")
    @APIResponse(responseCode = "200", description = "One page of tasks",
            headers = @Header(name = "X-Total-Count", description = "How many tasks match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
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
     * One action on several tasks: {@code claim}, {@code release}, or {@code reassign} to {@code assignee}.
     * Not {@link TaskActionService.Bulk} itself: its constructor checks the rules, which must wait until the
     * types are read (the body reader builds the record before it reports wrong types).
     */
    @Schema(example = "{\"action\": \"reassign\", \"taskIds\": [\"6f1c2a9e-3b7d-11ef-9c2a-0242ac120002\", "
            + "\"7a2d3b0f-3b7d-11ef-9c2a-0242ac120002\"], \"assignee\": \"leo\"}")
    public record BulkTaskAction(String action, List<String> taskIds, String assignee) {
    }

    /**
     * The same action ({@code claim}, {@code release}, or {@code reassign} to {@code assignee}) on up to 100 tasks
     * of one kind, all or none (the first refusal says which task and why).
     */
    @Operation(summary = "Claim, release or reassign several tasks",
            description = "The same action (`claim`, `release`, or `reassign` to `assignee`) on up to 100 tasks of one kind, "
                    + "all or none (the first refusal says which task and why).")
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.SALESPERSON,
            Role.Names.ADMIN}) // auditors read tasks, they never act on them: refused before the body is read
    public List<TaskView> bulk(BulkTaskAction request) {
        return actions.bulk(new TaskActionService.Bulk(request.action(), request.taskIds(), request.assignee()));
    }

    /** Who is to work on a task instead: a member of its candidate groups, by username. */
    @Schema(example = "{\"assignee\": \"leo\"}")
    public record Reassignment(String assignee) {
    }

    /** An admin, or a sales leader of the task's group, gives it to another member. */
    @Operation(summary = "Reassign a task",
            description = "An admin, or a sales leader of the task's group, gives it to another member.")
    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView reassign(@PathParam("id") String id, Reassignment request) {
        return actions.reassign(id, request.assignee());
    }

    /** Whom the assignee asks to do the work, by username. */
    @Schema(example = "{\"delegate\": \"leo\"}")
    public record Delegation(String delegate) {
    }

    /** The assignee asks someone to do the work and stays accountable. */
    @Operation(summary = "Delegate a task", description = "The assignee asks someone to do the work and stays accountable.")
    @POST
    @Path("{id}/delegate")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView delegate(@PathParam("id") String id, Delegation request) {
        return actions.delegate(id, request.delegate());
    }

    /** The delegate hands the task back to its owner. */
    @Operation(summary = "Hand a delegated task back", description = "The delegate hands the task back to its owner.")
    @POST
    @Path("{id}/resolve")
    public TaskView resolve(@PathParam("id") String id) {
        return actions.resolve(id);
    }

    /** A task's due and follow-up dates; a date left out or null is cleared. */
    @Schema(example = "{\"due\": \"2026-12-31T17:00:00Z\", \"followUp\": \"2026-12-15T09:00:00Z\"}")
    public record TaskDates(Instant due, Instant followUp) {
    }

    /** Sets the dates (the follow-up not after the due date); one left out or null is cleared. */
    @Operation(summary = "Set a task's due and follow-up dates",
            description = "Sets the dates (the follow-up not after the due date); one left out or null is cleared.")
    @PUT
    @Path("{id}/dates")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView schedule(@PathParam("id") String id, TaskDates dates) {
        return actions.schedule(id, dates.due(), dates.followUp());
    }

    @Operation(summary = "List a task's comments")
    @GET
    @Path("{id}/comments")
    public List<TaskComment> comments(@PathParam("id") String id) {
        return notes.comments(id);
    }

    /** A comment on a task, as its text. */
    @Schema(example = "{\"text\": \"Checked with finance: the figures match the CRM export\"}")
    public record NewComment(String text) {
    }

    /** Adds the comment → 201 with it. */
    @Operation(summary = "Comment on a task", description = "Adds the comment → 201 with it.")
    @APIResponse(responseCode = "201", description = "Commented",
            content = @Content(schema = @Schema(implementation = TaskComment.class)))
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") String id, NewComment comment) {
        return Response.status(Response.Status.CREATED).entity(notes.comment(id, comment.text())).build();
    }

    /**
     * Attaches evidence: the file's bytes as the body, its type as Content-Type, its name as {@code ?name=}.
     * At most 10 MB; the bytes must match the type. 201 with the evidence and its SHA-256.
     */
    @Operation(summary = "Attach evidence to a task",
            description = "Attaches evidence: the file's bytes as the body, its type as Content-Type (PDF, PNG, JPEG, "
                    + "Word, Excel, plain text or CSV), its name as `?name=`. At most 10 MB; the bytes must match the type. "
                    + "201 with the evidence and its SHA-256.")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name,
                           @HeaderParam("Content-Type") String contentType,
                           @RequestBody(content = @Content(mediaType = MediaType.WILDCARD,
                                   schema = @Schema(type = SchemaType.STRING, format = "binary")))
                           InputStream body) {
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
    @APIResponse(responseCode = "200", description = "The file, as the type it was attached as",
            headers = @Header(name = "Content-Disposition", description = "`attachment`, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
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

    /**
     * The body holds the values of the task's form, as {@code GET /api/tasks/{id}} describes it. Read as the
     * form's plain values: the form type converts and checks them, whichever task it is.
     */
    @Operation(summary = "Complete a task",
            description = "The body holds the values of the task's form, as `GET /api/tasks/{id}` describes it; "
                    + "none for a form without fields.")
    @APIResponse(responseCode = "204", description = "Completed")
    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") String id,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class,
                                             description = "The fields of the task's form, as `GET /api/tasks/{id}` "
                                                     + "describes them (its `form`)"),
                                     examples = @ExampleObject(name = "approval", summary = "An approval task's form",
                                             value = "{\"decision\": \"REJECT\", \"reason\": \"The targets need a baseline\"}")))
                             String body) {
        actions.complete(id, JsonRequest.values(body));
        return Response.noContent().build();
    }
}
