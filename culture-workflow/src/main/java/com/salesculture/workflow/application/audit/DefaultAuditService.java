package com.salesculture.workflow.application.audit;

import com.salesculture.domain.model.decision.ChainVerification;
import com.salesculture.domain.model.decision.Checkpoint;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionLogEntry;
import com.salesculture.domain.model.decision.DecisionQuery;
import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.Message;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.UtcTime;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.repository.ProcessDefinition;

@Stateless
@Local(AuditService.class)
@RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
public class DefaultAuditService implements AuditService {

    /** A timeline reads the history of at most this many process instances (a programme has many reviews). */
    private static final int MAX_PROCESSES = 200;
    private static final int CHECKPOINTS_SHOWN = 10;
    private static final int PEOPLE_SHOWN = 20;

    @Inject
    private DecisionLog decisions;

    @Inject
    private ExitCases exitCases;

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private EngineGateway engine;

    @Inject
    private UserDirectory users;

    @Inject
    private ProgramRepository programs;

    @Inject
    private SalesForce salesForce;

    @Inject
    private Outbox outbox;

    @Override
    public ChainVerification verify() {
        return decisions.verify(List.of());
    }

    @Override
    public ChainVerification verify(String checkpoint) {
        Checkpoint kept = Checkpoint.parse(checkpoint)
                .orElseThrow(() -> new InvalidInputException("checkpoint", "audit.checkpoint.malformed"));
        return decisions.verify(List.of(kept));
    }

    @Override
    public Checkpoint publishCheckpoint() {
        Checkpoint checkpoint = decisions.checkpoint();
        for (String auditor : users.membersOf(List.of(Role.AUDITOR.groupName())).keySet()) {
            users.find(auditor).ifPresent(account -> outbox.enqueue(new OutboxMail(
                    "checkpoint:" + checkpoint.seq() + ":" + checkpoint.takenAt() + ":" + auditor, account.email(),
                    Message.of("mail.checkpoint.subject", checkpoint.seq()).in(account.locale()),
                    Message.of("mail.checkpoint.body", account.displayName(), checkpoint.seq(),
                            UtcTime.minutes(checkpoint.takenAt()), checkpoint.text()).in(account.locale()),
                    EngineTime.now())));
        }
        return checkpoint;
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return decisions.checkpoints(CHECKPOINTS_SHOWN);
    }

    @Override
    public AuditViews.Page search(DecisionQuery query) {
        var page = decisions.search(query);
        Map<String, String> actors = new HashMap<>();
        Map<String, String> subjects = subjectNames(page.entries());
        return new AuditViews.Page(page.entries().stream().map(entry -> AuditViews.Entry.of(entry,
                actors.computeIfAbsent(entry.actor(), users::displayName),
                subjects.get(entry.subjectType() + ":" + entry.subjectId()))).toList(), page.total(), query.page(), query.size());
    }

    /** The names of a page's subjects, read once per subject ("program:7" → its name; an exit case → its salesperson's). */
    private Map<String, String> subjectNames(List<DecisionLogEntry> entries) {
        Map<String, String> names = new HashMap<>();
        Map<Long, List<String>> salespeople = new HashMap<>();
        for (DecisionLogEntry entry : entries) {
            String key = entry.subjectType() + ":" + entry.subjectId();
            if (entry.subjectType() == null || entry.subjectId() == null || names.containsKey(key)
                    || !entry.subjectId().matches("\\d{1,18}")) {
                continue;
            }
            long id = Long.parseLong(entry.subjectId());
            names.put(key, null);
            switch (entry.subjectType()) {
                case "program" -> programs.find(new ProgramId(id)).ifPresent(program -> names.put(key, program.name()));
                case "salesperson" -> salespeople.computeIfAbsent(id, any -> new ArrayList<>()).add(key);
                case "exit-case" -> exitCases.find(id).ifPresent(exitCase ->
                        salespeople.computeIfAbsent(exitCase.salespersonId(), any -> new ArrayList<>()).add(key));
                default -> { }
            }
        }
        salesForce.names(salespeople.keySet()).forEach((id, name) -> salespeople.get(id).forEach(key -> names.put(key, name)));
        return names;
    }

    @Override
    public List<AuditViews.Person> people(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return users.all().stream().filter(account -> account.displayName().toLowerCase(Locale.ROOT).contains(text)
                        || account.username().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing(UserAccount::displayName)).limit(PEOPLE_SHOWN)
                .map(account -> new AuditViews.Person(account.username(), account.displayName())).toList();
    }

    @Override
    public AuditViews.Timeline timeline(String subjectType, String subjectId) {
        if (subjectType == null || subjectId == null || subjectId.isBlank()) {
            throw new InvalidInputException("subject", "audit.subject.required");
        }
        Map<Long, DecisionLogEntry> entries = new LinkedHashMap<>();
        Set<String> processIds = new LinkedHashSet<>();
        switch (subjectType) {
            case "exit-case" -> {
                ExitCase exitCase = exitCases.require(number(subjectId));
                add(entries, decisions.about(subjectType, subjectId));
                processIds.add(exitCase.processInstanceId());
            }
            case "salesperson" -> {
                long salespersonId = number(subjectId);
                add(entries, decisions.about(subjectType, subjectId));
                reviews.list(null, salespersonId).stream().map(PerformanceReview::processInstanceId).forEach(processIds::add);
                for (ExitCase exitCase : exitCases.list(null, salespersonId)) {
                    add(entries, decisions.about("exit-case", exitCase.id().toString()));
                    processIds.add(exitCase.processInstanceId());
                }
            }
            case "program" -> {
                add(entries, decisions.about(subjectType, subjectId));
                history().createHistoricProcessInstanceQuery().processInstanceBusinessKey(subjectId)
                        .orderByProcessInstanceStartTime().asc().listPage(0, MAX_PROCESSES)
                        .forEach(instance -> processIds.add(instance.getId()));
            }
            case "process" -> processIds.add(subjectId);
            default -> throw new InvalidInputException("subject", "audit.subject.unknown", subjectType);
        }
        processIds.remove(null);
        List<AuditViews.Process> processes = new ArrayList<>();
        List<AuditViews.Event> events = new ArrayList<>();
        for (String processId : processIds.stream().limit(MAX_PROCESSES).toList()) {
            HistoricProcessInstance instance = history().createHistoricProcessInstanceQuery()
                    .processInstanceId(processId).singleResult();
            if (instance == null) {
                continue; // purged by history clean-up; its decisions remain
            }
            processes.add(new AuditViews.Process(processId, instance.getProcessDefinitionKey(),
                    instance.getProcessDefinitionName(), instant(instance.getStartTime()), instant(instance.getEndTime())));
            add(entries, decisions.ofProcess(processId));
            events.addAll(engineEvents(processId));
        }
        entries.values().forEach(entry -> events.add(new AuditViews.Event(entry.recordedAt(), "decision", entry.actor(),
                entry.type().name(), (entry.outcome() + (entry.reason() == null ? "" : ": " + entry.reason())),
                entry.processInstanceId())));
        events.sort(Comparator.comparing(AuditViews.Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, String> names = new java.util.TreeMap<>();
        events.stream().map(AuditViews.Event::actor).filter(Objects::nonNull).distinct()
                .forEach(actor -> names.put(actor, users.displayName(actor)));
        return new AuditViews.Timeline(subjectType, subjectId, processes, events, names);
    }

    @Override
    public AuditViews.Diagram diagram(String processInstanceId) {
        HistoricProcessInstance instance = history().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new NotFoundException("audit.process.notFound", processInstanceId);
        }
        ProcessDefinition definition = engine.reader().getRepositoryService()
                .getProcessDefinition(instance.getProcessDefinitionId());
        String xml;
        try (var model = engine.reader().getRepositoryService().getProcessModel(definition.getId())) {
            xml = new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read the model of " + definition.getKey(), e);
        }
        List<HistoricActivityInstance> activities = history().createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list();
        return new AuditViews.Diagram(processInstanceId, definition.getKey(), definition.getName(), xml,
                activities.stream().filter(a -> a.getEndTime() == null).map(HistoricActivityInstance::getActivityId)
                        .distinct().toList(),
                activities.stream().filter(a -> a.getEndTime() != null).map(HistoricActivityInstance::getActivityId)
                        .distinct().toList(),
                instance.getEndTime() != null);
    }

    /** Tasks, assignments, variable changes and DMN evaluations of one process instance. */
    private List<AuditViews.Event> engineEvents(String processId) {
        List<AuditViews.Event> events = new ArrayList<>();
        for (HistoricTaskInstance task : history().createHistoricTaskInstanceQuery().processInstanceId(processId).list()) {
            events.add(new AuditViews.Event(instant(task.getStartTime()), "task", null, "created: " + task.getName(),
                    task.getDueDate() == null ? null : "due " + instant(task.getDueDate()), processId));
            if (task.getEndTime() != null) {
                events.add(new AuditViews.Event(instant(task.getEndTime()), "task", task.getAssignee(),
                        task.getDeleteReason() + ": " + task.getName(), null, processId));
            }
            for (HistoricIdentityLinkLog link : history().createHistoricIdentityLinkLogQuery().taskId(task.getId())
                    .type("assignee").list()) {
                events.add(new AuditViews.Event(instant(link.getTime()), "assignment", link.getAssignerId(),
                        ("add".equals(link.getOperationType()) ? "assigned to " : "unassigned from ") + link.getUserId()
                                + ": " + task.getName(), null, processId));
            }
        }
        Map<String, Object> lastValues = new HashMap<>();
        for (HistoricDetail detail : history().createHistoricDetailQuery().processInstanceId(processId).variableUpdates()
                .orderPartiallyByOccurrence().asc().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            Object before = lastValues.put(update.getVariableName(), update.getValue());
            events.add(new AuditViews.Event(instant(update.getTime()), "variable", null, update.getVariableName(),
                    text(before) + " → " + text(update.getValue()), processId));
        }
        for (HistoricDecisionInstance evaluation : history().createHistoricDecisionInstanceQuery()
                .processInstanceId(processId).includeInputs().includeOutputs().list()) {
            String inputs = evaluation.getInputs().stream().map(i -> i.getClauseName() + " = " + text(i.getValue()))
                    .collect(Collectors.joining("; "));
            String outputs = evaluation.getOutputs().stream().map(o -> o.getVariableName() + " = " + text(o.getValue()))
                    .collect(Collectors.joining("; "));
            String rule = evaluation.getOutputs().stream().map(o -> o.getRuleId()).filter(Objects::nonNull)
                    .findFirst().orElse("none");
            events.add(new AuditViews.Event(instant(evaluation.getEvaluationTime()), "dmn", evaluation.getUserId(),
                    evaluation.getDecisionDefinitionKey() + ", rule " + rule, inputs + " ⇒ " + outputs, processId));
        }
        return events;
    }

    private static void add(Map<Long, DecisionLogEntry> entries, List<DecisionLogEntry> more) {
        more.forEach(entry -> entries.putIfAbsent(entry.seq(), entry));
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        String text = value.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("subject", "audit.subject.id");
        }
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private HistoryService history() {
        return engine.reader().getHistoryService();
    }
}
