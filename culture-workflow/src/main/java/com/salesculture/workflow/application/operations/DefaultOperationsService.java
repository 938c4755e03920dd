package com.salesculture.workflow.application.operations;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.engine.EngineInternals;
import com.salesculture.workflow.engine.ProcessEngineBootstrap;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;

@Stateless
@Local(OperationsService.class)
@RolesAllowed(Role.Names.ADMIN)
public class DefaultOperationsService implements OperationsService {

    @Inject
    private EngineGateway engine;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Outbox outbox;

    @Resource(lookup = "java:jboss/datasources/CultureDS")
    private DataSource dataSource;

    @Override
    public List<OperationsViews.FailedJob> failedJobs() {
        // jobs first: a job's last failure commits its incident with it, so every job read without retries
        // finds its incident in the later read (read the other way round, a failure in between had none)
        List<Job> jobs = management().createJobQuery().withException().listPage(0, 500);
        Map<String, Incident> incidents = engine.reader().getRuntimeService().createIncidentQuery()
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list().stream()
                .collect(Collectors.toMap(Incident::getConfiguration, Function.identity(), (a, b) -> a));
        return jobs.stream()
                .map(job -> view(job, incidents.get(job.getId())))
                .sorted(Comparator.comparing(OperationsViews.FailedJob::retriesLeft)
                        .thenComparing(OperationsViews.FailedJob::jobId))
                .toList();
    }

    @Override
    public String stacktrace(String jobId) {
        requireJob(jobId);
        return management().getJobExceptionStacktrace(jobId);
    }

    @Override
    public void retry(String jobId, String reason) {
        Job job = requireJob(jobId);
        String why = Validation.requiredReason(reason, "operations.reason.required");
        Actor actor = currentActor.get();
        decisions.record(Decision.of(DecisionType.JOB_RETRIED, "job", jobId).outcome("retried").reason(why)
                .process(job.getProcessInstanceId()));
        engine.as(actor, processEngine -> {
            processEngine.getManagementService().setJobRetries(jobId, 1);
            processEngine.getManagementService().setJobDuedate(jobId, new java.util.Date());
            return null;
        });
    }

    @Override
    public List<OperationsViews.FailedMail> failedMails() {
        return outbox.failed(200).stream().map(m -> new OperationsViews.FailedMail(m.id(), m.recipient(), m.subject(),
                m.attempts(), m.lastError(), m.failedAt())).toList();
    }

    @Override
    public void retryMail(long mailId, String reason) {
        String why = Validation.requiredReason(reason, "operations.reason.required");
        OutboxMail mail = outbox.find(mailId).orElseThrow(() -> new NotFoundException("mail.notFound", mailId));
        mail.retry(java.time.Instant.now());
        Actor actor = currentActor.get();
        decisions.record(Decision.of(DecisionType.MAIL_RETRIED, "mail", Long.toString(mailId)).outcome("retried")
                .reason(why));
    }

    @Override
    public String cleanUpHistory(String reason) {
        String why = Validation.requiredReason(reason, "operations.reason.required");
        Actor actor = currentActor.get();
        Job job = engine.as(actor, processEngine -> processEngine.getHistoryService().cleanUpHistoryAsync(true));
        decisions.record(Decision.of(DecisionType.HISTORY_CLEANUP_STARTED, "job", job.getId()).outcome("started")
                .reason(why));
        return job.getId();
    }

    @Override
    public OperationsViews.HistoryCleanup historyCleanup() {
        ManagementService management = management();
        management.reportDbMetricsNow(); // what this node counted so far, too
        java.util.Date next = engine.reader().getHistoryService().findHistoryCleanupJobs().stream()
                .map(Job::getDuedate).filter(java.util.Objects::nonNull).min(java.util.Date::compareTo).orElse(null);
        return new OperationsViews.HistoryCleanup(ProcessEngineBootstrap.cleanupWindow()
                .map(window -> window[0] + "-" + window[1]).orElse(null), next == null ? null : next.toInstant(),
                removed(management, Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES),
                removed(management, Metrics.HISTORY_CLEANUP_REMOVED_DECISION_INSTANCES),
                removed(management, Metrics.HISTORY_CLEANUP_REMOVED_BATCH_OPERATIONS));
    }

    private static long removed(ManagementService management, String metric) {
        return management.createMetricsQuery().name(metric).sum();
    }

    @Override
    public List<OperationsViews.ProcessVersion> processVersions() {
        var repository = engine.reader().getRepositoryService();
        var runtime = engine.reader().getRuntimeService();
        return repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list().stream()
                .map(definition -> new OperationsViews.ProcessVersion(definition.getKey(), definition.getName(),
                        definition.getVersion(), definition.getVersionTag(), definition.getId(),
                        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(),
                        repository.createProcessDefinitionQuery().processDefinitionKey(definition.getKey())
                                .latestVersion().singleResult().getId().equals(definition.getId())))
                .toList();
    }

    @Override
    public OperationsViews.Migration migrate(String processKey, Integer fromVersion, Integer toVersion,
                                             List<String> processInstanceIds, Map<String, String> mappings,
                                             String reason) {
        String why = Validation.requiredReason(reason, "operations.reason.required");
        Map<String, String> explicit = mappings == null ? Map.of() : new TreeMap<>(mappings);
        new Validation().require(fromVersion != null, "fromVersion", "operations.migration.from")
                .require(explicit.entrySet().stream().allMatch(mapping -> mapping.getKey() != null && !mapping.getKey().isBlank()
                        && mapping.getValue() != null && !mapping.getValue().isBlank()), "mappings", "operations.migration.mapping")
                .throwIfInvalid();
        ProcessDefinition source = definition(processKey, fromVersion, "fromVersion");
        ProcessDefinition target = toVersion == null ? engine.reader().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult() : definition(processKey, toVersion, "toVersion");
        if (source.getId().equals(target.getId())) {
            throw new InvalidInputException("toVersion", "operations.migration.same", source.getVersion());
        }
        Actor actor = currentActor.get();
        long migrated = engine.as(actor, processEngine -> {
            RuntimeService runtime = processEngine.getRuntimeService();
            MigrationPlan plan = plan(runtime, source, target, explicit);
            ProcessInstanceQuery instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
            if (processInstanceIds != null && !processInstanceIds.isEmpty()) {
                instances.processInstanceIds(new java.util.HashSet<>(processInstanceIds));
            }
            long count = instances.count();
            if (count > 0) {
                try {
                    runtime.newMigration(plan).processInstanceQuery(instances).execute();
                } catch (MigratingProcessInstanceValidationException e) {
                    // name the step instances wait in, so the admin knows what to map
                    throw new InvalidInputException(Stream.concat(
                            e.getValidationReport().getFailures().stream()
                                    .map(DefaultOperationsService::planProblem),
                            e.getValidationReport().getActivityInstanceReports().stream().flatMap(report ->
                                    report.getFailures().stream().map(failure -> FieldError.of("plan",
                                            "operations.migration.waiting", report.getSourceScopeId(), failure))))
                            .distinct().toList());
                }
            }
            return count;
        });
        decisions.record(Decision.of(DecisionType.PROCESS_MIGRATED, "process", processKey)
                .outcome("migrated " + migrated + " from version " + source.getVersion() + " to " + target.getVersion())
                .reason(explicit.isEmpty() ? why : why + "; steps mapped: "
                        + explicit.entrySet().stream().map(mapping -> mapping.getKey() + " → "
                        + mapping.getValue()).collect(Collectors.joining(", "))));
        return new OperationsViews.Migration(processKey, source.getVersion(), target.getVersion(), migrated);
    }

    /**
     * Every activity to the one of the same id, as the engine would map them, except those the admin
     * mapped: a renamed or merged wait state keeps its waiting instances.
     */
    private static MigrationPlan plan(RuntimeService runtime, ProcessDefinition source, ProcessDefinition target,
                                      Map<String, String> explicit) {
        try {
            MigrationPlan byId = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
                    .updateEventTriggers().build();
            if (explicit.isEmpty()) {
                return byId;
            }
            MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
            for (MigrationInstruction instruction : byId.getInstructions()) {
                if (!explicit.containsKey(instruction.getSourceActivityId())) {
                    MigrationInstructionBuilder mapped = builder.mapActivities(instruction.getSourceActivityId(),
                            instruction.getTargetActivityId());
                    if (instruction.isUpdateEventTrigger()) {
                        mapped.updateEventTrigger();
                    }
                }
            }
            explicit.forEach(builder::mapActivities);
            return builder.build();
        } catch (MigrationPlanValidationException e) {
            throw new InvalidInputException(e.getValidationReport().getInstructionReports().stream()
                    .flatMap(report -> report.getFailures().stream())
                    .map(DefaultOperationsService::planProblem).toList());
        }
    }

    private static FieldError planProblem(String failure) {
        return FieldError.of("plan", "operations.migration.invalid", failure);
    }

    private ProcessDefinition definition(String processKey, int version, String field) {
        ProcessDefinition definition = engine.reader().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new InvalidInputException(field, "operations.migration.noVersion", processKey, version);
        }
        return definition;
    }

    @Override
    @PermitAll
    public OperationsViews.Health readiness() {
        Map<String, String> checks = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from decision_log_head");
             ResultSet row = statement.executeQuery()) {
            row.next();
            checks.put("database", "UP");
        } catch (Exception e) {
            checks.put("database", "DOWN: " + e.getMessage());
        }
        checks.put("jobExecutor", EngineInternals.jobExecutorActive(engine.reader()) ? "UP" : "DOWN: the job executor is not running");
        return new OperationsViews.Health(checks.values().stream().allMatch("UP"::equals), checks);
    }

    @Override
    @PermitAll
    public Map<String, Number> metrics() {
        Map<String, Number> metrics = new LinkedHashMap<>();
        metrics.put("culture_open_tasks", engine.reader().getTaskService().createTaskQuery().count());
        metrics.put("culture_running_process_instances",
                engine.reader().getRuntimeService().createProcessInstanceQuery().count());
        metrics.put("culture_incidents", engine.reader().getRuntimeService().createIncidentQuery().count());
        metrics.put("culture_failed_jobs", management().createJobQuery().withException().count());
        metrics.put("culture_due_jobs", management().createJobQuery().executable().count());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select (select last_seq from decision_log_head),"
                     + " (select count(*) from mail_outbox where sent_at is null and failed_at is null),"
                     + " (select count(*) from mail_outbox where sent_at is null and failed_at is not null)");
             ResultSet row = statement.executeQuery()) {
            row.next();
            metrics.put("culture_decision_log_entries", row.getLong(1));
            metrics.put("culture_mail_outbox_pending", row.getLong(2));
            metrics.put("culture_mail_outbox_failed", row.getLong(3));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the metrics", e);
        }
        Runtime runtime = Runtime.getRuntime();
        metrics.put("jvm_memory_used_bytes", runtime.totalMemory() - runtime.freeMemory());
        metrics.put("jvm_memory_max_bytes", runtime.maxMemory());
        return metrics;
    }

    private Job requireJob(String jobId) {
        Job job = management().createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new NotFoundException("operations.job.notFound", jobId);
        }
        return job;
    }

    private OperationsViews.FailedJob view(Job job, Incident incident) {
        var definition = job.getProcessDefinitionKey();
        return new OperationsViews.FailedJob(job.getId(), job.getProcessInstanceId(), definition,
                incident == null ? null : incident.getActivityId(), job.getExceptionMessage(), job.getRetries(),
                job.getDuedate() == null ? null : job.getDuedate().toInstant(),
                incident == null ? null : incident.getId(),
                incident == null ? null : incident.getIncidentTimestamp().toInstant());
    }

    private ManagementService management() {
        return engine.reader().getManagementService();
    }
}
