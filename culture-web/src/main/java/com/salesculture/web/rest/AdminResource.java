package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.operations.OperationsService;
import com.salesculture.workflow.application.operations.OperationsViews;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operations (admins): failed jobs and incidents, retried with a reason that goes into the decision log. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN) // OperationsService's roles, checked before the body is read
public class AdminResource {

    @EJB
    private OperationsService operations;

    @Operation(summary = "List failed jobs and incidents")
    @GET
    @Path("jobs")
    public List<OperationsViews.FailedJob> failedJobs() {
        return operations.failedJobs();
    }

    /** {@code {"stacktrace": "…"}} of the job's last failure. */
    @Operation(summary = "Read a failed job's stack trace", description = "`{\"stacktrace\": \"…\"}` of the job's last failure.")
    @GET
    @Path("jobs/{id}/stacktrace")
    public java.util.Map<String, String> stacktrace(@PathParam("id") String jobId) {
        return java.util.Map.of("stacktrace", operations.stacktrace(jobId));
    }

    /** Every version of every process model, with its running instances. */
    @Operation(summary = "List process versions",
            description = "Every version of every process model, with its running instances.")
    @GET
    @Path("processes")
    public List<OperationsViews.ProcessVersion> processVersions() {
        return operations.processVersions();
    }

    /**
     * {@code {"fromVersion": 1, "toVersion": 2, "processInstanceIds": […], "mappings": {"OldStep": "NewStep"},
     * "reason"}}: migrates running instances (all of the version without ids; the latest version without
     * {@code toVersion}; activities not in {@code mappings} map to those of the same id).
     */
    @Operation(summary = "Migrate running instances to another version",
            description = "{@code {\"fromVersion\": 1, \"toVersion\": 2, \"processInstanceIds\": […], \"mappings\": {\"OldStep\": \"NewStep\"}, \"reason\"}}: migrates running instances (all of the version without ids; the latest version without `toVersion`; activities not in `mappings` map to those of the same id).")
    @POST
    @Path("processes/{key}/migrations")
    public OperationsViews.Migration migrate(@PathParam("key") String processKey, String body) {
        JsonRequest request = JsonRequest.parse(body);
        Integer from = request.wholeNumber("fromVersion");
        Integer to = request.wholeNumber("toVersion");
        List<String> ids = request.texts("processInstanceIds");
        Map<String, String> mappings = request.memberTexts("mappings");
        String reason = request.text("reason");
        request.requireReadable();
        return operations.migrate(processKey, from, to, ids, mappings, reason);
    }

    /** {@code {"reason": "…"}}: starts the history clean-up now; 202 with the clean-up job's id. */
    @Operation(summary = "Start the history clean-up now",
            description = "`{\"reason\": \"…\"}`: starts the history clean-up now; 202 with the clean-up job's id.")
    @POST
    @Path("history-cleanup")
    public Response cleanUpHistory(String body) {
        return Response.accepted(java.util.Map.of("jobId", operations.cleanUpHistory(JsonRequest.parse(body).text("reason"))))
                .build();
    }

    /** The nightly clean-up's window, next run and what it removed. */
    @Operation(summary = "Read the history clean-up's state",
            description = "The nightly clean-up's window, next run and what it removed.")
    @GET
    @Path("history-cleanup")
    public OperationsViews.HistoryCleanup historyCleanup() {
        return operations.historyCleanup();
    }

    /** {@code {"reason": "…"}}: one more attempt now; 400 without a reason. */
    @Operation(summary = "Retry a failed job", description = "`{\"reason\": \"…\"}`: one more attempt now; 400 without a reason.")
    @POST
    @Path("jobs/{id}/retry")
    public Response retry(@PathParam("id") String jobId, String body) {
        operations.retry(jobId, JsonRequest.parse(body).text("reason"));
        return Response.noContent().build();
    }

    /** Mail whose attempts ran out ({@code MAIL_MAX_ATTEMPTS}), newest first, with the last error. */
    @Operation(summary = "List mails whose attempts ran out",
            description = "Mail whose attempts ran out (`MAIL_MAX_ATTEMPTS`), newest first, with the last error.")
    @GET
    @Path("mails/failed")
    public java.util.List<OperationsViews.FailedMail> failedMails() {
        return operations.failedMails();
    }

    /** {@code {"reason": "…"}}: a new round of attempts, starting now; 400 without a reason, 409 unless failed. */
    @Operation(summary = "Retry a failed mail",
            description = "`{\"reason\": \"…\"}`: a new round of attempts, starting now; 400 without a reason, 409 unless failed.")
    @POST
    @Path("mails/{id}/retry")
    public Response retryMail(@PathParam("id") String id, String body) {
        QueryParameters parameters = new QueryParameters();
        Long mailId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        operations.retryMail(mailId, JsonRequest.parse(body).text("reason"));
        return Response.noContent().build();
    }
}
