package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.DeliverableInput;
import com.salesculture.domain.model.program.PlanInput;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValueInput;
import com.salesculture.domain.model.survey.SurveySettings;
import com.salesculture.web.imports.ActualsCsv;
import com.salesculture.web.imports.CsvFile;
import com.salesculture.workflow.application.programme.CompPlanService;
import com.salesculture.workflow.application.programme.IntentView;
import com.salesculture.workflow.application.programme.LineOfSight;
import com.salesculture.workflow.application.programme.PlanView;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import com.salesculture.workflow.application.programme.ResultViews;
import com.salesculture.workflow.application.programme.ResultsService;
import com.salesculture.workflow.application.programme.StrategicIntentService;
import com.salesculture.workflow.application.programme.ValuesService;
import com.salesculture.workflow.application.programme.ValuesView;
import com.salesculture.workflow.application.survey.SurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// the services' roles, checked before the body is read: changes are the sales leaders', each read names its own
@RolesAllowed(Role.Names.SALES_LEADER)
public class ProgramResource {

    @EJB
    private ProgramService programs;

    @EJB
    private StrategicIntentService intents;

    @EJB
    private ValuesService values;

    @EJB
    private CompPlanService plans;

    @EJB
    private SurveyService surveys;

    @EJB
    private ResultsService results;

    @Context
    private UriInfo uriInfo;

    /** What a new programme is called and for how long it runs. */
    @Schema(example = "{\"name\": \"Grow with existing clients\", \"horizonMonths\": 36}")
    public record NewProgram(String name, Integer horizonMonths) {
    }

    /** The strategic intent's draft: a statement and the deliverables that make it measurable. */
    @Schema(example = "{\"statement\": \"Grow revenue with existing clients by listening to them\", \"deliverables\": "
            + "[{\"kind\": \"REVENUE_GROWTH\", \"metric\": \"Revenue growth with existing clients\", \"baseline\": 10, "
            + "\"target\": 12, \"unit\": \"%\", \"dueDate\": \"2027-12-31\", \"customerGroup\": \"Existing clients\", "
            + "\"teams\": [1]}]}")
    public record IntentDraft(String statement, List<DeliverableInput> deliverables) {
    }

    /** The values charter's draft: each value with its statement and observable behaviours. */
    @Schema(example = "{\"values\": [{\"name\": \"Customer first\", \"statement\": \"We solve the customer's problem\", "
            + "\"behaviours\": [\"Asks before proposing\", \"Follows up within a day\"]}]}")
    public record ValuesDraft(List<ValueInput> values) {
    }

    /** How often customers are asked, and for how long; from the next cycle on. */
    @Schema(example = "{\"cadenceMonths\": 3, \"openDays\": 14, \"reminderDays\": 7, \"fatigueDays\": 60}")
    public record SurveySettingsInput(Integer cadenceMonths, Integer openDays, Integer reminderDays, Integer fatigueDays) {
    }

    @Operation(summary = "Start a programme", description = "Starts a programme and its process → 201 with Location.")
    @APIResponse(responseCode = "201", description = "Started; `Location` names it",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(NewProgram request) {
        ProgramView program = programs.start(request.name(), request.horizonMonths());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(program.id())).build())
                .entity(program).build();
    }

    /**
     * An executive closes the programme, saying why → 200 with the closed programme;
     * 400 without a reason, 409 when it is closed already.
     */
    @Operation(summary = "Close a programme",
            description = "An executive closes the programme → 200 with the closed programme; 400 without a reason, 409 when it is closed already.")
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EXECUTIVE)
    public ProgramView close(@PathParam("id") String id, Reason request) {
        return programs.close(ProgramId.parse(id), request.reason());
    }

    @Operation(summary = "List programmes")
    @GET
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON, Role.Names.ADMIN})
    public List<ProgramView> all() {
        return programs.all();
    }

    /** The programme with its line of sight: intent → deliverables → teams → values → plan. */
    @Operation(summary = "Read a programme's line of sight",
            description = "The programme with its line of sight: intent → deliverables → teams → values → plan.")
    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public LineOfSight get(@PathParam("id") String id) {
        return programs.lineOfSight(ProgramId.parse(id));
    }

    /** Every deliverable of the approved intent with its figures, progress, projection and whether it is at risk. */
    @Operation(summary = "Read the deliverables' results",
            description = "Every deliverable of the approved intent with its figures, progress, projection and whether it is at risk.")
    @GET
    @Path("{id}/results")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<ResultViews.DeliverableResult> results(@PathParam("id") String id) {
        return results.results(ProgramId.parse(id));
    }

    /** A figure of the {@code n}-th deliverable ({@code team} left out: the whole deliverable). */
    @Operation(summary = "Record a deliverable's figure",
            description = "A figure of the `n`-th deliverable (`team` left out: the whole deliverable) → 201 with the deliverable's results; 409 when that day's figure is recorded already.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ResultViews.DeliverableResult.class)))
    @POST
    @Path("{id}/deliverables/{number}/actuals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordActual(@PathParam("id") String id, @PathParam("number") int number,
                                 @RequestBody(content = @Content(examples = @ExampleObject(name = "figure",
                                         value = "{\"team\": 1, \"asOf\": \"2027-03-31\", \"value\": 10.4, \"source\": \"CRM\"}")))
                                 ResultViews.ActualInput figure) {
        ResultViews.DeliverableResult result = results.record(ProgramId.parse(id), number, figure);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    /** A row of a CRM export: the deliverable by number, the team by name (none: the whole deliverable). */
    @Schema(example = "{\"deliverable\": \"1\", \"team\": \"North\", \"date\": \"2027-03-31\", \"value\": 10.4, \"source\": \"CRM\"}")
    public record ActualRowInput(String deliverable, String team, String date, BigDecimal value, String source) {
    }

    /** How many rows an import recorded. */
    public record Recorded(int recorded) {
    }

    @Operation(summary = "Import figures from a CRM export",
            description = "A CRM export: `text/csv` (`deliverable,team,date,value,source`) or a JSON array of rows; all rows or none.")
    @POST
    @Path("{id}/actuals")
    // no @Consumes: ImportRequest says which types it takes in the caller's language
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ActualRowInput.class),
                    example = "[{\"deliverable\": \"1\", \"team\": \"North\", \"date\": \"2027-03-31\", \"value\": 10.4, \"source\": \"CRM\"}]"),
            @Content(mediaType = CsvFile.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "deliverable,team,date,value,source\n1,North,2027-03-31,10.4,CRM\n")})
    public Recorded importActuals(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  byte[] body) {
        ImportRequest<ResultViews.ActualRow> request = ImportRequest.read(contentType, body, ActualsCsv::read,
                ActualRowInput.class, (line, row) -> new ResultViews.ActualRow(line, row.deliverable(), row.team(),
                        row.date(), row.value() == null ? null : row.value().toPlainString(), row.source()));
        List<ResultViews.ActualRow> rows = request.rows() != null ? request.rows() : List.of(request.single());
        return new Recorded(results.importAll(ProgramId.parse(id), rows, request.sha256()));
    }

    @Operation(summary = "Read the strategic intent")
    @APIResponse(responseCode = "200", description = "The intent, its version in `ETag`",
            content = @Content(schema = @Schema(implementation = IntentView.class)))
    @GET
    @Path("{id}/intent")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Response intent(@PathParam("id") String id) {
        IntentView intent = intents.intent(ProgramId.parse(id));
        return Revisions.tagged(intent, intent.revision());
    }

    @Operation(summary = "Draft the strategic intent",
            description = "Replaces the draft intent (with `If-Match`); errors name `deliverables[n].field`.")
    @APIResponse(responseCode = "200", description = "The draft as stored, its version in `ETag`",
            content = @Content(schema = @Schema(implementation = IntentView.class)))
    @PUT
    @Path("{id}/intent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftIntent(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                IntentDraft draft) {
        Long seen = Revisions.seen(ifMatch, () -> intents.intent(ProgramId.parse(id)) != null);
        IntentView intent = intents.draft(ProgramId.parse(id), seen, draft.statement(),
                draft.deliverables() == null ? List.of() : draft.deliverables());
        return Revisions.tagged(intent, intent.revision());
    }

    @Operation(summary = "Read the values charter")
    @APIResponse(responseCode = "200", description = "The charter, its version in `ETag`",
            content = @Content(schema = @Schema(implementation = ValuesView.class)))
    @GET
    @Path("{id}/values")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON, Role.Names.ADMIN})
    public Response values(@PathParam("id") String id) {
        ValuesView charter = values.values(ProgramId.parse(id));
        return Revisions.tagged(charter, charter.revision());
    }

    @Operation(summary = "Draft the values",
            description = "Replaces the draft values (with `If-Match`); errors name `values[n].field` and `values[n].behaviours[m]`.")
    @APIResponse(responseCode = "200", description = "The draft as stored, its version in `ETag`",
            content = @Content(schema = @Schema(implementation = ValuesView.class)))
    @PUT
    @Path("{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftValues(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                ValuesDraft draft) {
        Long seen = Revisions.seen(ifMatch, () -> values.values(ProgramId.parse(id)) != null);
        ValuesView charter = values.draft(ProgramId.parse(id), seen, draft.values() == null ? List.of() : draft.values());
        return Revisions.tagged(charter, charter.revision());
    }

    @Operation(summary = "List compensation plan versions")
    @GET
    @Path("{id}/plans")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<PlanView> plans(@PathParam("id") String id) {
        return plans.versions(ProgramId.parse(id));
    }

    @Operation(summary = "Read a compensation plan version")
    @APIResponse(responseCode = "200", description = "The version, its revision in `ETag`",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @GET
    @Path("{id}/plans/{version}")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Response plan(@PathParam("id") String id, @PathParam("version") String version) {
        PlanView plan = plans.version(ProgramId.parse(id), planVersion(version));
        return Revisions.tagged(plan, plan.revision());
    }

    @Operation(summary = "Draft a compensation plan version",
            description = "Replaces a version's draft (with `If-Match`): shares and weights in percent, `payPeriod` QUARTER or YEAR; 409 once submitted or approved.")
    @APIResponse(responseCode = "200", description = "The draft as stored, its version in `ETag`",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @PUT
    @Path("{id}/plans/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftPlan(@PathParam("id") String id, @PathParam("version") String version,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", value = "{\"description\": "
                                      + "\"Values count for half of the variable pay\", \"variableShare\": 20, \"valuesShare\": 50, "
                                      + "\"weights\": {\"Customer first\": 60, \"Ownership\": 40}, \"effectiveDate\": \"2027-01-01\", "
                                      + "\"payPeriod\": \"QUARTER\", \"valuesThreshold\": 0.8, \"recognition\": true}")))
                              PlanInput input) {
        int planVersion = planVersion(version);
        Long seen = Revisions.seen(ifMatch, () -> plans.versions(ProgramId.parse(id)).stream()
                .anyMatch(plan -> plan.planVersion() == planVersion));
        PlanView plan = plans.draft(ProgramId.parse(id), planVersion, seen, input);
        return Revisions.tagged(plan, plan.revision());
    }

    /** Starts the next version from the one in force (which stays in force until the new one is approved). */
    @Operation(summary = "Start a new compensation plan version",
            description = "Starts the next version from the one in force (which stays in force until the new one is approved).")
    @APIResponse(responseCode = "201", description = "The new draft version; `Location` names it",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @POST
    @Path("{id}/plans")
    public Response newPlanVersion(@PathParam("id") String id) {
        PlanView next = plans.startNewVersion(ProgramId.parse(id));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Integer.toString(next.planVersion())).build())
                .entity(next).build();
    }

    private static int planVersion(String text) {
        QueryParameters parameters = new QueryParameters();
        Long version = parameters.number("version", text, null);
        parameters.throwIfInvalid();
        return version.intValue();
    }

    /** Opens a survey cycle now (sales leaders) → 201 with the cycle's Location. */
    @Operation(summary = "Open a survey cycle now",
            description = "Opens a survey cycle now (sales leaders) → 201 with the cycle's Location.")
    @APIResponse(responseCode = "201", description = "The open cycle; `Location` names it",
            content = @Content(schema = @Schema(implementation = SurveyViews.Cycle.class)))
    @POST
    @Path("{id}/survey-cycles")
    public Response openSurveyCycle(@PathParam("id") String id) {
        SurveyViews.Cycle cycle = surveys.open(ProgramId.parse(id));
        return Response.created(uriInfo.getBaseUriBuilder().path("survey-cycles").path(Long.toString(cycle.id()))
                .build()).entity(cycle).build();
    }

    /** The programme's survey cycles, the latest first, each with its live response rate. */
    @Operation(summary = "List a programme's survey cycles",
            description = "The programme's survey cycles, the latest first, each with its live response rate.")
    @GET
    @Path("{id}/survey-cycles")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
            Role.Names.AUDITOR})
    public List<SurveyViews.Cycle> surveyCycles(@PathParam("id") String id) {
        return surveys.cycles(ProgramId.parse(id));
    }

    @Operation(summary = "Read the survey settings")
    @GET
    @Path("{id}/survey-settings")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
            Role.Names.AUDITOR})
    public SurveySettingsInput surveySettings(@PathParam("id") String id) {
        return settings(surveys.settings(ProgramId.parse(id)));
    }

    @Operation(summary = "Change the survey settings", description = "From the next cycle on.")
    @PUT
    @Path("{id}/survey-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SurveySettingsInput changeSurveySettings(@PathParam("id") String id, SurveySettingsInput input) {
        return settings(surveys.changeSettings(ProgramId.parse(id), input.cadenceMonths(), input.openDays(),
                input.reminderDays(), input.fatigueDays()));
    }

    /** A salesperson's scores across the programme's cycles (a salesperson may read only their own). */
    @Operation(summary = "Read a salesperson's trend",
            description = "A salesperson's scores across the programme's cycles (a salesperson may read only their own).")
    @GET
    @Path("{id}/scores/{salespersonId}")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON})
    public SurveyViews.Trend trend(@PathParam("id") String id, @PathParam("salespersonId") String salespersonId) {
        QueryParameters parameters = new QueryParameters();
        Long salesperson = parameters.number("salespersonId", salespersonId, null);
        parameters.throwIfInvalid();
        return surveys.trend(ProgramId.parse(id), salesperson);
    }

    private static SurveySettingsInput settings(SurveySettings settings) {
        return new SurveySettingsInput(settings.cadenceMonths(), settings.openDays(), settings.reminderDays(),
                settings.fatigueDays());
    }
}
