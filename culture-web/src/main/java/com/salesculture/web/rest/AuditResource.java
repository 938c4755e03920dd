package com.salesculture.web.rest;

import com.salesculture.domain.model.decision.ChainVerification;
import com.salesculture.domain.model.decision.Checkpoint;
import com.salesculture.domain.model.decision.DecisionQuery;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.workflow.application.audit.AuditService;
import com.salesculture.workflow.application.audit.AuditViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The auditor's workspace (auditors, admins; read only): verify the decision log's chain, search it,
 * export a search or a timeline as CSV or PDF, read a case's timeline and a process instance's
 * diagram.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN}) // AuditService's roles, checked before the body is read
public class AuditResource {

    /** An export holds at most this many entries. */
    static final int EXPORT_LIMIT = 10_000;

    @EJB
    private AuditService audit;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    /**
     * Recomputes the hash chain and checks every seal and stored checkpoint: {@code entries}, {@code intact},
     * {@code firstBrokenSeq}, {@code problem}, {@code sealedFrom}, {@code checkpoints}. With
     * {@code checkpoint} (a line an auditor kept), the log is held against it too.
     */
    @Operation(summary = "Verify the decision log's chain",
            description = "Recomputes the hash chain and checks every seal and stored checkpoint: `entries`, `intact`, `firstBrokenSeq`, `problem`, `sealedFrom`, `checkpoints`. With `checkpoint` (a line an auditor kept), the log is held against it too.")
    @GET
    @Path("verify")
    public ChainVerification verify(@QueryParam("checkpoint") String checkpoint) {
        return checkpoint == null || checkpoint.isBlank() ? audit.verify() : audit.verify(checkpoint);
    }

    /** People to search the log by, picked by name: {@code ?q=lind} → accounts whose name or username holds it. */
    @Operation(summary = "Find people to search the log by",
            description = "People to search the log by, picked by name: `?q=lind` → accounts whose name or username holds it.")
    @GET
    @Path("people")
    public List<AuditViews.Person> people(@QueryParam("q") String typed) {
        return audit.people(typed);
    }

    /** The newest published checkpoints, each with the {@code text} to keep. */
    @Operation(summary = "List published checkpoints",
            description = "The newest published checkpoints, each with the `text` to keep.")
    @GET
    @Path("checkpoints")
    public List<CheckpointView> checkpoints() {
        return audit.checkpoints().stream().map(CheckpointView::of).toList();
    }

    /**
     * Seals the log's head now and mails it to every auditor (201). Publishing a checkpoint records
     * no decision and changes nothing the programme holds: auditors may.
     */
    @Operation(summary = "Publish a checkpoint of the log's head",
            description = "Seals the log's head now and mails it to every auditor (201). Publishing a checkpoint records "
                    + "no decision and changes nothing the programme holds: auditors may.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = CheckpointView.class)))
    @POST
    @Path("checkpoints")
    public Response publishCheckpoint() {
        return Response.status(Response.Status.CREATED).entity(CheckpointView.of(audit.publishCheckpoint())).build();
    }

    /** A checkpoint as the API shows it: its parts and the one line to keep. */
    public record CheckpointView(long seq, String entryHash, Instant takenAt, String text) {
        static CheckpointView of(Checkpoint checkpoint) {
            return new CheckpointView(checkpoint.seq(), checkpoint.entryHash(), checkpoint.takenAt(), checkpoint.text());
        }
    }

    /**
     * Decisions matching every criterion given: {@code program}, {@code person} (a salesperson id),
     * {@code case} (an exit case id), {@code user}, {@code type}, {@code from} and {@code to}
     * (yyyy-mm-dd, inclusive), paged; {@code format=csv} or {@code format=pdf} exports every match.
     */
    @Operation(summary = "Search decisions, or export them",
            description = "Decisions matching every criterion given: `program`, `person` (a salesperson id), `case` "
                    + "(an exit case id), `user`, `type`, `from` and `to` (yyyy-mm-dd, inclusive), paged; `format=csv` or "
                    + "`format=pdf` exports every match.")
    @APIResponse(responseCode = "200", description = "One page of matches, or the export of every match (up to 10,000)",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditViews.Page.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("decisions")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    public Response decisions(@QueryParam("program") String program, @QueryParam("person") String person,
                              @QueryParam("case") String exitCase, @QueryParam("user") String user,
                              @QueryParam("type") String type, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("page") String page,
                              @QueryParam("size") String size, @QueryParam("format") String format) {
        QueryParameters parameters = new QueryParameters();
        Long programId = parameters.number("program", program, null);
        Long personId = parameters.number("person", person, null);
        Long caseId = parameters.number("case", exitCase, null);
        String decisionType = parameters.choice("type", type, null,
                Arrays.stream(DecisionType.values()).map(Enum::name).toArray(String[]::new));
        Instant fromDay = day(parameters, "from", from, 0);
        Instant toDay = day(parameters, "to", to, 1);
        long pageNumber = parameters.number("page", page, 0L);
        long pageSize = parameters.number("size", size, 50L);
        String exportAs = parameters.choice("format", format, "json", "json", "csv", "pdf");
        if (pageNumber < 0 || pageSize < 1 || pageSize > DecisionQuery.MAX_SIZE) {
            parameters.reject("size", "api.field.pageSize", DecisionQuery.MAX_SIZE);
        }
        int subjects = (programId == null ? 0 : 1) + (personId == null ? 0 : 1) + (caseId == null ? 0 : 1);
        if (subjects > 1) {
            parameters.reject("program", "audit.oneSubject");
        }
        parameters.throwIfInvalid();
        String subjectType = programId != null ? "program" : personId != null ? "salesperson" : caseId != null ? "exit-case" : null;
        Long subjectId = programId != null ? programId : personId != null ? personId : caseId;
        DecisionQuery query = new DecisionQuery(subjectType, subjectId == null ? null : subjectId.toString(),
                QueryParameters.blankToNull(user), decisionType == null ? null : DecisionType.valueOf(decisionType),
                fromDay, toDay, (int) pageNumber, (int) pageSize);
        return switch (exportAs) {
            case "csv" -> TableExport.DECISIONS.csv(audit.search(query.all(EXPORT_LIMIT)).entries());
            case "pdf" -> {
                AuditViews.Page all = audit.search(query.all(EXPORT_LIMIT));
                yield TableExport.DECISIONS.pdf(all.entries(), all.total(), "Decision log: " + describe(query), CallerLocale.of(headers));
            }
            default -> Response.ok(audit.search(query)).build();
        };
    }

    /**
     * A subject's story: {@code subject} is exit-case, salesperson, program or process, with its
     * {@code id}; {@code format=csv} or {@code format=pdf} exports its events.
     */
    @Operation(summary = "Read a subject's timeline, or export it",
            description = "A subject's story: `subject` is exit-case, salesperson, program or process, with its `id`; "
                    + "`format=csv` or `format=pdf` exports its events.")
    @APIResponse(responseCode = "200", description = "The timeline, or the export of its events",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditViews.Timeline.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @GET
    @Path("timeline")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    public Response timeline(@QueryParam("subject") String subject, @QueryParam("id") String id,
                             @QueryParam("format") String format) {
        QueryParameters parameters = new QueryParameters();
        String exportAs = parameters.choice("format", format, "json", "json", "csv", "pdf");
        parameters.throwIfInvalid();
        AuditViews.Timeline timeline = audit.timeline(QueryParameters.blankToNull(subject), QueryParameters.blankToNull(id));
        return switch (exportAs) {
            case "csv" -> TableExport.TIMELINE.csv(timeline.events());
            case "pdf" -> TableExport.TIMELINE.pdf(timeline.events(), timeline.events().size(),
                    "Timeline: " + timeline.subjectType() + " " + timeline.subjectId(), CallerLocale.of(headers));
            default -> Response.ok(timeline).build();
        };
    }

    /** The model of a process instance (BPMN XML), its current steps and those it completed. */
    @Operation(summary = "Read a process instance's diagram",
            description = "The model of a process instance (BPMN XML), its current steps and those it completed.")
    @GET
    @Path("processes/{id}/diagram")
    public AuditViews.Diagram diagram(@PathParam("id") String processInstanceId) {
        return audit.diagram(processInstanceId);
    }

    private static Instant day(QueryParameters parameters, String name, String value, int plusDays) {
        String text = QueryParameters.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            parameters.reject(name, "api.field.date");
            return null;
        }
    }

    private static String describe(DecisionQuery query) {
        List<String> criteria = new ArrayList<>();
        if (query.subjectType() != null) {
            criteria.add(query.subjectType() + " " + query.subjectId());
        }
        if (query.actor() != null) {
            criteria.add("user " + query.actor());
        }
        if (query.type() != null) {
            criteria.add(query.type().name());
        }
        if (query.from() != null) {
            criteria.add("from " + query.from());
        }
        if (query.to() != null) {
            criteria.add("before " + query.to());
        }
        return criteria.isEmpty() ? "all decisions" : String.join("; ", criteria);
    }
}
