package com.salesculture.web.rest;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.program.DeliverableInput;
import com.salesculture.domain.model.program.PlanInput;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValueInput;
import com.salesculture.domain.model.survey.SurveySettings;
import com.salesculture.web.imports.ActualsCsv;
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

    /** Starts a programme: {@code {"name": "...", "horizonMonths": 36}} → 201 with Location. */
    @Operation(summary = "Start a programme",
            description = "Starts a programme: `{\"name\": \"...\", \"horizonMonths\": 36}` → 201 with Location.")
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

    /**
     * An executive closes the programme: {@code {"reason": "..."}} → 200 with the closed programme;
     * 400 without a reason, 409 when it is closed already.
     */
    @Operation(summary = "Close a programme",
            description = "An executive closes the programme: `{\"reason\": \"...\"}` → 200 with the closed programme; 400 without a reason, 409 when it is closed already.")
    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EXECUTIVE)
    public ProgramView close(@PathParam("id") String id, String body) {
        JsonRequest request = JsonRequest.parse(body);
        String reason = request.text("reason");
        request.requireReadable();
        return programs.close(ProgramId.parse(id), reason);
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

    /**
     * A figure of the {@code n}-th deliverable: {@code {"team": 1, "asOf": "2027-03-31", "value": 10.4,
     * "source": "CRM"}} ({@code team} left out: the whole deliverable) → 201 with the deliverable's results;
     * 409 when that day's figure is recorded already.
     */
    @Operation(summary = "Record a deliverable's figure",
            description = "A figure of the `n`-th deliverable: `{\"team\": 1, \"asOf\": \"2027-03-31\", \"value\": 10.4, \"source\": \"CRM\"}` (`team` left out: the whole deliverable) → 201 with the deliverable's results; 409 when that day's figure is recorded already.")
    @POST
    @Path("{id}/deliverables/{number}/actuals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordActual(@PathParam("id") String id, @PathParam("number") int number, String body) {
        JsonRequest request = JsonRequest.parse(body);
        Integer single = request.wholeNumber("team");
        LocalDate asOf = request.date("asOf");
        BigDecimal value = request.decimal("value");
        String source = request.text("source");
        request.requireReadable();
        ResultViews.DeliverableResult result = results.record(ProgramId.parse(id), number,
                new ResultViews.ActualInput(single == null ? null : single.longValue(), asOf, value, source));
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    /**
     * A CRM export: {@code text/csv} ({@code deliverable,team,date,value,source}) or a JSON array of such
     * objects (all as text but {@code value}); all rows or none → {@code {"recorded": n}}.
     */
    @Operation(summary = "Import figures from a CRM export",
            description = "A CRM export: `text/csv` (`deliverable,team,date,value,source`) or a JSON array of such objects (all as text but `value`); all rows or none → `{\"recorded\": n}`.")
    @POST
    @Path("{id}/actuals")
    public Map<String, Integer> importActuals(@PathParam("id") String id,
                                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportRequest<ResultViews.ActualRow> request = ImportRequest.read(contentType, body, ActualsCsv::read,
                (line, row) -> {
                    BigDecimal value = row.decimal("value");
                    return new ResultViews.ActualRow(line, row.text("deliverable"), row.text("team"), row.text("date"),
                            value == null ? null : value.toPlainString(), row.text("source"));
                });
        List<ResultViews.ActualRow> rows = request.rows() != null ? request.rows() : List.of(request.single());
        return Map.of("recorded", results.importAll(ProgramId.parse(id), rows, request.sha256()));
    }

    @Operation(summary = "Read the strategic intent")
    @GET
    @Path("{id}/intent")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Response intent(@PathParam("id") String id) {
        IntentView intent = intents.intent(ProgramId.parse(id));
        return Revisions.tagged(intent, intent.revision());
    }

    /**
     * Replaces the draft intent: {@code {"statement": "…", "deliverables": [{"kind": "REVENUE_GROWTH",
     * "metric": "…", "baseline": 10, "target": 12, "unit": "%", "dueDate": "2027-12-31",
     * "customerGroup": "…", "teams": [1]}]}}; errors name {@code deliverables[n].field}.
     */
    @Operation(summary = "Draft the strategic intent",
            description = "Replaces the draft intent: {@code {\"statement\": \"…\", \"deliverables\": [{\"kind\": \"REVENUE_GROWTH\", \"metric\": \"…\", \"baseline\": 10, \"target\": 12, \"unit\": \"%\", \"dueDate\": \"2027-12-31\", \"customerGroup\": \"…\", \"teams\": [1]}]}}; errors name `deliverables[n].field`.")
    @PUT
    @Path("{id}/intent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftIntent(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                String body) {
        Long seen = Revisions.seen(ifMatch, () -> intents.intent(ProgramId.parse(id)) != null);
        JsonRequest request = JsonRequest.parse(body);
        String statement = request.text("statement");
        List<JsonRequest> items = request.objects("deliverables");
        List<DeliverableInput> deliverables = items == null ? List.of() : items.stream().map(item ->
                new DeliverableInput(item.text("kind"), item.text("metric"), item.decimal("baseline"),
                        item.decimal("target"), item.text("unit"), item.date("dueDate"), item.text("customerGroup"),
                        item.wholeNumbers("teams"))).toList();
        request.include(items).requireReadable();
        IntentView intent = intents.draft(ProgramId.parse(id), seen, statement, deliverables);
        return Revisions.tagged(intent, intent.revision());
    }

    @Operation(summary = "Read the values charter")
    @GET
    @Path("{id}/values")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.SALESPERSON, Role.Names.ADMIN})
    public Response values(@PathParam("id") String id) {
        ValuesView charter = values.values(ProgramId.parse(id));
        return Revisions.tagged(charter, charter.revision());
    }

    /**
     * Replaces the draft values: {@code {"values": [{"name": "…", "statement": "…", "behaviours": ["…", "…"]}, …]}};
     * errors name {@code values[n].field} and {@code values[n].behaviours[m]}.
     */
    @Operation(summary = "Draft the values",
            description = "Replaces the draft values: {@code {\"values\": [{\"name\": \"…\", \"statement\": \"…\", \"behaviours\": [\"…\", \"…\"]}, …]}}; errors name `values[n].field` and `values[n].behaviours[m]`.")
    @PUT
    @Path("{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftValues(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                String body) {
        Long seen = Revisions.seen(ifMatch, () -> values.values(ProgramId.parse(id)) != null);
        JsonRequest request = JsonRequest.parse(body);
        List<JsonRequest> items = request.objects("values");
        List<ValueInput> inputs = items == null ? List.of() : items.stream().map(item ->
                new ValueInput(item.text("name"), item.text("statement"), item.texts("behaviours"))).toList();
        request.include(items).requireReadable();
        ValuesView charter = values.draft(ProgramId.parse(id), seen, inputs);
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
    @GET
    @Path("{id}/plans/{version}")
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Response plan(@PathParam("id") String id, @PathParam("version") String version) {
        PlanView plan = plans.version(ProgramId.parse(id), planVersion(version));
        return Revisions.tagged(plan, plan.revision());
    }

    /**
     * Replaces a version's draft: {@code {"description": "…", "variableShare": 20, "valuesShare": 50,
     * "weights": {"Customer first": 40, …}, "effectiveDate": "2027-01-01"}}; 409 once submitted or approved.
     */
    @Operation(summary = "Draft a compensation plan version",
            description = "Replaces a version's draft: {@code {\"description\": \"…\", \"variableShare\": 20, \"valuesShare\": 50, \"weights\": {\"Customer first\": 40, …}, \"effectiveDate\": \"2027-01-01\"}}; 409 once submitted or approved.")
    @PUT
    @Path("{id}/plans/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftPlan(@PathParam("id") String id, @PathParam("version") String version,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, String body) {
        int planVersion = planVersion(version);
        Long seen = Revisions.seen(ifMatch, () -> plans.versions(ProgramId.parse(id)).stream()
                .anyMatch(plan -> plan.planVersion() == planVersion));
        JsonRequest request = JsonRequest.parse(body);
        PlanInput input = new PlanInput(request.text("description"), request.decimal("variableShare"),
                request.decimal("valuesShare"), request.decimals("weights"), request.date("effectiveDate"),
                request.text("payPeriod"), request.decimal("valuesThreshold"), request.bool("recognition"));
        request.requireReadable();
        PlanView plan = plans.draft(ProgramId.parse(id), planVersion, seen, input);
        return Revisions.tagged(plan, plan.revision());
    }

    /** Starts the next version from the one in force (which stays in force until the new one is approved). */
    @Operation(summary = "Start a new compensation plan version",
            description = "Starts the next version from the one in force (which stays in force until the new one is approved).")
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
    public Map<String, Integer> surveySettings(@PathParam("id") String id) {
        return settings(surveys.settings(ProgramId.parse(id)));
    }

    /** {@code {"cadenceMonths", "openDays", "reminderDays", "fatigueDays"}}: from the next cycle on. */
    @Operation(summary = "Change the survey settings",
            description = "`{\"cadenceMonths\", \"openDays\", \"reminderDays\", \"fatigueDays\"}`: from the next cycle on.")
    @PUT
    @Path("{id}/survey-settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> changeSurveySettings(@PathParam("id") String id, String body) {
        JsonRequest request = JsonRequest.parse(body);
        Integer cadence = request.wholeNumber("cadenceMonths");
        Integer open = request.wholeNumber("openDays");
        Integer reminder = request.wholeNumber("reminderDays");
        Integer fatigue = request.wholeNumber("fatigueDays");
        request.requireReadable();
        return settings(surveys.changeSettings(ProgramId.parse(id), cadence, open, reminder, fatigue));
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

    private static Map<String, Integer> settings(SurveySettings settings) {
        Map<String, Integer> json = new LinkedHashMap<>();
        json.put("cadenceMonths", settings.cadenceMonths());
        json.put("openDays", settings.openDays());
        json.put("reminderDays", settings.reminderDays());
        json.put("fatigueDays", settings.fatigueDays());
        return json;
    }
}
