package com.salesculture.workflow.application.exit;

import com.salesculture.domain.model.customer.CustomerContact;
import com.salesculture.domain.model.customer.CustomerContacts;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.exit.ChecklistItem;
import com.salesculture.domain.model.exit.ChecklistKind;
import com.salesculture.domain.model.exit.DocumentSummary;
import com.salesculture.domain.model.exit.ExitCase;
import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.exit.ExitDocument;
import com.salesculture.domain.model.exit.ExitEvidence;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.CultureValue;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.domain.model.survey.SurveyCycleStatus;
import com.salesculture.domain.model.survey.SurveyCycles;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.inbox.TaskActionService;
import com.salesculture.workflow.application.inbox.TaskOutcomes;
import com.salesculture.workflow.application.people.AccountChanges;
import com.salesculture.workflow.process.ExitCaseProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;

@Stateless
@Local(ExitCaseService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.AUDITOR, Role.Names.ADMIN})
public class DefaultExitCaseService implements ExitCaseService {


    @Inject
    private ExitCases cases;

    @Inject
    private PerformanceReviews reviews;

    @Inject
    private SurveyCycles cycles;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SalesForce salesForce;

    @Inject
    private CustomerContacts customers;

    @Inject
    private DecisionLog log;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private EngineGateway engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private UserDirectory users;

    @Inject
    private AccountChanges accountChanges;

    @EJB
    private TaskActionService tasks;

    @EJB
    private TaskOutcomes outcomes;

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ExitViews.Detail propose(Proposal proposal) {
        Actor actor = currentActor.get();
        if (proposal.salespersonId() == null) {
            throw new InvalidInputException("salespersonId", "exit.salesperson.required");
        }
        Salesperson salesperson = salesForce.salesperson(proposal.salespersonId()).orElseThrow(() ->
                new InvalidInputException("salespersonId", "salesperson.notFound", proposal.salespersonId()));
        cases.list(null, salesperson.id()).stream().filter(open -> !open.stage().ended()).findFirst()
                .ifPresent(open -> {
                    throw new ConflictException("exit.caseOpen", salesperson.name(), open.id());
                });
        List<Evidence> documents = proposal.documents() == null ? List.of() : proposal.documents();
        Instant now = EngineTime.now();
        ExitCase proposed;
        try {
            proposed = ExitCase.propose(salesperson, proposal.reason(), proposal.statement(), actor.username(),
                    reviews.plans(salesperson.id()), documents.size(), evidenceOf(salesperson.id()), now);
        } catch (ExitCase.GateClosed closed) {
            decisions.recordRefusal(Decision.of(DecisionType.EXIT_PROPOSAL_REFUSED, "salesperson",
                    salesperson.id().toString())
                    .outcome("refused").reason(closed.key()));
            throw closed;
        }
        ExitCase exitCase = cases.add(proposed);
        String processInstanceId = engine.as(actor, processEngine -> processEngine.getRuntimeService()
                .startProcessInstanceByKey(ExitCaseProcess.KEY, ExitCaseProcess.businessKey(exitCase.id()),
                        ExitCaseProcess.startVariables(exitCase.id())).getId());
        exitCase.started(processInstanceId);
        // recorded with the case's process, so its trail and its process's history line up
        List<String> hashes = documents.stream().map(document -> store(exitCase, document, actor, now).sha256()).toList();
        decisions.record(Decision.of(DecisionType.EXIT_PROPOSED, ExitCaseProcess.SUBJECT, exitCase.id().toString())
                .outcome(proposal.reason().name().toLowerCase(Locale.ROOT)).reason(exitCase.statement())
                .evidence(hashes)
                .process(processInstanceId));
        return get(exitCase.id());
    }

    @Override
    public Page<ExitViews.Summary> list(ExitStage stage, PageRequest page) {
        Page<ExitCase> visible = cases.visible(stage, reader(currentActor.get()), page);
        Map<Long, String> names = salesForce.names(visible.items().stream().map(ExitCase::salespersonId).toList());
        String[] running = visible.items().stream().filter(exitCase -> !exitCase.stage().ended())
                .map(ExitCase::processInstanceId).toArray(String[]::new);
        Map<String, Task> openTasks = new HashMap<>();
        if (running.length > 0) { // one engine query for the page, not one per case
            engine.reader().getTaskService().createTaskQuery().processInstanceIdIn(running).list()
                    .forEach(task -> openTasks.putIfAbsent(task.getProcessInstanceId(), task));
        }
        return visible.map(exitCase -> summary(exitCase, names.get(exitCase.salespersonId()),
                Optional.ofNullable(openTasks.get(exitCase.processInstanceId()))));
    }

    @Override
    public ExitViews.Detail get(long id) {
        ExitCase exitCase = require(id);
        Map<Long, String> people = new HashMap<>();
        Function<Long, String> name = spId -> spId == null ? null : people.computeIfAbsent(spId,
                key -> salesForce.salesperson(key).map(Salesperson::name).orElse("#" + key));
        List<ChecklistItem> items = cases.checklist(id);
        Map<Long, String> customerNames = customers.withIds(items.stream().map(ChecklistItem::customerId)
                        .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(CustomerContact::id, c -> c.name() + " (" + c.organisation() + ")"));
        List<ExitViews.ChecklistItem> checklist = items.stream().map(item -> new ExitViews.ChecklistItem(
                item.id(), item.kind().name(), item.customerId(),
                item.customerId() == null ? null : customerNames.getOrDefault(item.customerId(), "#" + item.customerId()),
                item.newOwnerId(), name.apply(item.newOwnerId()), item.note(), item.doneBy(), item.doneAt())).toList();
        List<ExitViews.Step> history = log.about(ExitCaseProcess.SUBJECT, Long.toString(id)).stream()
                .map(entry -> new ExitViews.Step(entry.recordedAt(), entry.actor(), entry.type().name(), entry.outcome(),
                        entry.reason())).toList();
        return new ExitViews.Detail(summary(exitCase, name.apply(exitCase.salespersonId())), exitCase.statement(),
                exitCase.hrReviewer(), exitCase.approver(), exitCase.endReason(), exitCase.endedAt(),
                exitCase.evidence(),
                cases.documents(id).stream().map(DefaultExitCaseService::documentView).toList(), checklist, history,
                exitCase.legalHold() ? new ExitViews.LegalHold(exitCase.legalHoldReason(), exitCase.legalHoldBy(),
                        exitCase.legalHoldAt()) : null);
    }

    @Override
    public Optional<Long> idOfProcess(String processInstanceId) {
        return cases.runBy(processInstanceId).map(ExitCase::id);
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR})
    public ExitViews.Document addDocument(long id, Evidence.Upload document) {
        ExitCase exitCase = require(id);
        Actor actor = currentActor.get();
        if (exitCase.stage().ended()) {
            throw new ConflictException("exit.ended", exitCase.stage());
        }
        if (!actor.is(Role.HR) && !actor.username().equals(exitCase.proposer())) {
            throw new NotAllowedException("exit.document.notYours");
        }
        return documentView(store(exitCase, document.checked(), actor, EngineTime.now()).summary());
    }

    @Override
    public Evidence document(long id, long documentId) {
        require(id);
        ExitDocument document = cases.document(id, documentId)
                .orElseThrow(() -> new NotFoundException("evidence.notFound"));
        return new Evidence(document.name(), document.contentType(), document.content());
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail hrReview(long id, Map<String, ?> form) {
        return completeStep(id, ExitCaseProcess.HR_REVIEW_TASK, form);
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ExitViews.Detail addEvidence(long id, Map<String, ?> form) {
        return completeStep(id, ExitCaseProcess.EVIDENCE_TASK, form);
    }

    @Override
    @RolesAllowed(Role.Names.EXECUTIVE)
    public ExitViews.Detail approve(long id, Map<String, ?> form) {
        return completeStep(id, ExitCaseProcess.APPROVAL_TASK, form);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail tick(long id, long itemId, Long newOwnerId, String note) {
        ExitCase exitCase = require(id);
        if (exitCase.stage() != ExitStage.OFFBOARDING) {
            throw new ConflictException("exit.checklist.notOffboarding");
        }
        ChecklistItem item = cases.checklist(id).stream().filter(candidate -> candidate.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("exit.checklist.notFound", itemId));
        String text = Validation.stripped(note);
        new Validation().require(text == null || text.length() <= 1000, "note", "exit.checklist.note.tooLong", 1000)
                .throwIfInvalid();
        Salesperson newOwner = null;
        if (item.kind() == ChecklistKind.CUSTOMER_HANDOVER) {
            if (newOwnerId == null) {
                throw new InvalidInputException("newOwnerId", "exit.handover.owner");
            }
            newOwner = salesForce.salesperson(newOwnerId).filter(owner -> owner.status() != SalespersonStatus.EXITED
                    && owner.id() != exitCase.salespersonId()).orElseThrow(() ->
                    new InvalidInputException("newOwnerId", "exit.handover.ownerInvalid", newOwnerId));
        }
        Actor actor = currentActor.get();
        item.tick(actor.username(), EngineTime.now(), newOwner == null ? null : newOwner.id(), text);
        if (item.kind() == ChecklistKind.ACCESS_REVOCATION) {
            revokeAccess(actor, exitCase);
        }
        decisions.record(Decision.of(DecisionType.EXIT_CHECKLIST_ITEM_DONE, ExitCaseProcess.SUBJECT, Long.toString(id))
                .outcome(item.kind().name().toLowerCase(Locale.ROOT))
                .reason(newOwner == null ? text : "customer " + item.customerId() + " to " + newOwner.name()
                        + (text == null ? "" : ": " + text))
                .process(exitCase.processInstanceId()));
        return get(id);
    }

    /** Access revoked: the leaver's account, if they have one, is disabled at once (logged). */
    private void revokeAccess(Actor actor, ExitCase exitCase) {
        salesForce.salesperson(exitCase.salespersonId()).map(Salesperson::username).flatMap(users::find)
                .ifPresent(account -> accountChanges.disable(actor, account, "exit case " + exitCase.id()
                        + ": access revoked"));
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail close(long id) {
        return completeStep(id, ExitCaseProcess.OFFBOARD_TASK, Map.of());
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR})
    public ExitViews.Detail cancel(long id, String reason) {
        ExitCase exitCase = require(id);
        Actor actor = currentActor.get();
        if (!actor.is(Role.HR) && !actor.username().equals(exitCase.proposer())) {
            throw new NotAllowedException("exit.cancel.notYours");
        }
        String why = Validation.requiredReason(reason, "exit.cancel.reason");
        if (exitCase.stage().ended()) {
            throw new ConflictException("exit.ended", exitCase.stage());
        }
        engine.as(actor, processEngine -> processEngine.getRuntimeService()
                .createMessageCorrelation(ExitCaseProcess.CANCEL_MESSAGE)
                .processInstanceBusinessKey(ExitCaseProcess.businessKey(exitCase.id()))
                .setVariables(ExitCaseProcess.cancelVariables(actor.username(), why))
                .correlateWithResult());
        return get(id);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    public ExitViews.Detail placeLegalHold(long id, String reason) {
        ExitCase exitCase = require(id);
        Actor actor = currentActor.get();
        String why = Validation.requiredReason(reason, "exit.hold.reason");
        exitCase.placeLegalHold(why, actor.username(), EngineTime.now());
        // no removal time: the engine's history clean-up passes the case's process by
        engine.as(actor, processEngine -> processEngine.getHistoryService().setRemovalTimeToHistoricProcessInstances()
                .clearedRemovalTime().byIds(exitCase.processInstanceId()).hierarchical().executeAsync());
        decisions.record(Decision.of(DecisionType.EXIT_LEGAL_HOLD_PLACED, ExitCaseProcess.SUBJECT,
                exitCase.id().toString())
                .outcome("placed").reason(why).process(exitCase.processInstanceId()));
        return get(id);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    public ExitViews.Detail releaseLegalHold(long id, String reason) {
        ExitCase exitCase = require(id);
        Actor actor = currentActor.get();
        String why = Validation.requiredReason(reason, "exit.hold.reason");
        exitCase.releaseLegalHold();
        // the removal time follows from the process's history time to live again
        engine.as(actor, processEngine -> processEngine.getHistoryService().setRemovalTimeToHistoricProcessInstances()
                .calculatedRemovalTime().byIds(exitCase.processInstanceId()).hierarchical().executeAsync());
        decisions.record(Decision.of(DecisionType.EXIT_LEGAL_HOLD_RELEASED, ExitCaseProcess.SUBJECT,
                exitCase.id().toString())
                .outcome("released").reason(why).process(exitCase.processInstanceId()));
        return get(id);
    }

    /** The case, if the caller may see it. */
    private ExitCase require(long id) {
        ExitCase exitCase = cases.require(id);
        if (!reader(currentActor.get()).maySee(exitCase)) {
            throw new NotAllowedException("exit.notVisible");
        }
        return exitCase;
    }

    /** HR, auditors, admins, the proposer, and the executive who decides (any executive while it waits for one). */
    private static ExitCases.Reader reader(Actor actor) {
        return new ExitCases.Reader(actor.username(), actor.is(Role.HR) || actor.is(Role.AUDITOR) || actor.is(Role.ADMIN),
                actor.is(Role.EXECUTIVE));
    }

    private ExitViews.Detail completeStep(long id, String taskKey, Map<String, ?> form) {
        ExitCase exitCase = require(id);
        Task task = openTask(exitCase).filter(open -> taskKey.equals(open.getTaskDefinitionKey()))
                .orElseThrow(() -> new ConflictException("exit.step.notOpen", exitCase.stage()));
        tasks.complete(task.getId(), form);
        return get(id);
    }

    private Optional<Task> openTask(ExitCase exitCase) {
        return exitCase.stage().ended() ? Optional.empty() : engine.reader().getTaskService().createTaskQuery()
                .processInstanceId(exitCase.processInstanceId()).list().stream().findFirst();
    }

    private ExitViews.Summary summary(ExitCase exitCase, String salesperson) {
        return summary(exitCase, salesperson, openTask(exitCase));
    }

    private ExitViews.Summary summary(ExitCase exitCase, String salesperson, Optional<Task> open) {
        Instant now = EngineTime.now();
        return new ExitViews.Summary(exitCase.id(), exitCase.salespersonId(), salesperson, exitCase.reason().name(),
                exitCase.stage(), exitCase.proposer(), exitCase.proposedAt(), exitCase.stageSince(),
                Duration.between(exitCase.proposedAt(), exitCase.endedAt() == null ? now : exitCase.endedAt()).toDays(),
                open.map(Task::getDueDate).map(java.util.Date::toInstant).orElse(null),
                open.map(Task::getTaskDefinitionKey).orElse(null), open.map(Task::getName).orElse(null),
                open.map(Task::getId).orElse(null));
    }

    private ExitDocument store(ExitCase exitCase, Evidence document, Actor actor, Instant now) {
        ExitDocument stored = cases.addDocument(new ExitDocument(exitCase.id(), document.name(), document.contentType(),
                document.content(), document.sha256(), actor.username(), now));
        decisions.record(Decision.of(DecisionType.EXIT_DOCUMENT_ADDED, ExitCaseProcess.SUBJECT,
                exitCase.id().toString())
                .outcome("added " + document.name()).evidence(List.of(stored.sha256()))
                .process(exitCase.processInstanceId()));
        return stored;
    }

    private static ExitViews.Document documentView(DocumentSummary document) {
        return new ExitViews.Document(document.id(), document.name(), document.contentType(), document.sha256(),
                document.uploadedBy(), document.uploadedAt());
    }

    /** The salesperson's published scores, reviews and recovery plans, as they stand now. */
    private ExitEvidence evidenceOf(long salespersonId) {
        List<PerformanceReview> all = reviews.list(null, salespersonId);
        Map<Long, Integer> numbers = new HashMap<>();
        List<ExitEvidence.Score> scores = new ArrayList<>();
        for (Long programId : all.stream().map(PerformanceReview::programId).distinct().toList()) {
            Map<Long, String> valueNames = charters.of(new ProgramId(programId)).map(charter -> charter.values().stream()
                    .collect(Collectors.toMap(CultureValue::id, CultureValue::name))).orElse(Map.of());
            cycles.history(new ProgramId(programId), salespersonId).stream()
                    .filter(point -> point.status() == SurveyCycleStatus.PUBLISHED)
                    .forEach(point -> {
                        numbers.put(point.cycleId().value(), point.cycleNumber());
                        scores.add(new ExitEvidence.Score(programId, point.cycleNumber(),
                                valueNames.getOrDefault(point.score().valueId(), "#" + point.score().valueId()),
                                point.score().mean(), point.score().consistency(), point.score().responses()));
                    });
        }
        String name = salesForce.salesperson(salespersonId).map(Salesperson::name).orElse(null);
        String status = salesForce.salesperson(salespersonId).map(sp -> sp.status().name()).orElse(null);
        return new ExitEvidence(scores,
                all.stream().map(review -> ExitEvidence.Review.of(review, numbers.getOrDefault(review.cycleId(), 0),
                        name, status)).toList(),
                reviews.plans(salespersonId).stream().map(ExitEvidence.Plan::of).toList());
    }
}
