package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.operations.OperationsService;
import com.salesculture.workflow.application.operations.OperationsViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    /** The stack trace of a job's last failure. */
    public record JobStacktrace(String stacktrace) {
    }

    @Operation(summary = "Read a failed job's stack trace", description = "The stack trace of the job's last failure.")
    @GET
    @Path("jobs/{id}/stacktrace")
    public JobStacktrace stacktrace(@PathParam("id") String jobId) {
        return new JobStacktrace(operations.stacktrace(jobId));
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
     * Which running instances move from one version of a process to another, how their activities map
     * (old id → new id), and why.
     */
    @Schema(example = "{\"fromVersion\": 1, \"toVersion\": 2, \"processInstanceIds\": "
            + "[\"5f1c9a2e-8d3b-11ef-b864-0242ac120002\"], "
            + "\"mappings\": {\"AddEvidence\": \"CollectEvidence\"}, \"reason\": \"Evidence step renamed in version 2\"}")
    public record MigrationPlan(Integer fromVersion, Integer toVersion, List<String> processInstanceIds,
                                Map<String, String> mappings, String reason) {
    }

    /**
     * Migrates running instances (all of the version without ids; the latest version without {@code toVersion};
     * activities not in {@code mappings} map to those of the same id).
     */
    @Operation(summary = "Migrate running instances to another version",
            description = "Migrates running instances (all of the version without `processInstanceIds`; the latest version "
                    + "without `toVersion`; activities not in `mappings` map to those of the same id); logged with the reason.")
    @POST
    @Path("processes/{key}/migrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public OperationsViews.Migration migrate(@PathParam("key") String processKey, MigrationPlan plan) {
        return operations.migrate(processKey, plan.fromVersion(), plan.toVersion(), plan.processInstanceIds(),
                plan.mappings(), plan.reason());
    }

    /** The history clean-up job started. */
    public record CleanupJob(String jobId) {
    }

    /** Starts the history clean-up now; 202 with the clean-up job's id. */
    @Operation(summary = "Start the history clean-up now",
            description = "Starts the history clean-up now, logged with the reason; 202 with the clean-up job's id.")
    @APIResponse(responseCode = "202", description = "Started; the clean-up job's id",
            content = @Content(schema = @Schema(implementation = CleanupJob.class)))
    @POST
    @Path("history-cleanup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cleanUpHistory(Reason request) {
        return Response.accepted(new CleanupJob(operations.cleanUpHistory(request.reason()))).build();
    }

    /** The nightly clean-up's window, next run and what it removed. */
    @Operation(summary = "Read the history clean-up's state",
            description = "The nightly clean-up's window, next run and what it removed.")
    @GET
    @Path("history-cleanup")
    public OperationsViews.HistoryCleanup historyCleanup() {
        return operations.historyCleanup();
    }

    /** One more attempt now; 400 without a reason. */
    @Operation(summary = "Retry a failed job", description = "One more attempt now; 400 without a reason.")
    @APIResponse(responseCode = "204", description = "Retried")
    @POST
    @Path("jobs/{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retry(@PathParam("id") String jobId, Reason request) {
        operations.retry(jobId, request.reason());
        return Response.noContent().build();
    }

    /** Mail whose attempts ran out ({@code MAIL_MAX_ATTEMPTS}), newest first, with the last error. */
    @Operation(summary = "List mails whose attempts ran out",
            description = "Mail whose attempts ran out (`MAIL_MAX_ATTEMPTS`), newest first, with the last error.")
    @GET
    @Path("mails/failed")
    public List<OperationsViews.FailedMail> failedMails() {
        return operations.failedMails();
    }

    /** A new round of attempts, starting now; 400 without a reason, 409 unless failed. */
    @Operation(summary = "Retry a failed mail",
            description = "A new round of attempts, starting now; 400 without a reason, 409 unless failed.")
    @APIResponse(responseCode = "204", description = "Queued again")
    @POST
    @Path("mails/{id}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response retryMail(@PathParam("id") String id, Reason request) {
        QueryParameters parameters = new QueryParameters();
        Long mailId = parameters.number("id", id, null);
        parameters.throwIfInvalid();
        operations.retryMail(mailId, request.reason());
        return Response.noContent().build();
    }
}
