package com.salesculture.workflow.application.programme;

import com.salesculture.domain.infrastructure.persistence.PendingChanges;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.Approval;
import com.salesculture.domain.model.program.ApprovalStatus;
import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.CultureValue;
import com.salesculture.domain.model.program.PlanInput;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.process.CompPlanProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
@Local(CompPlanService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class DefaultCompPlanService implements CompPlanService {

    @Inject
    private ProgramRepository programs;

    @Inject
    private CompPlans plans;

    @Inject
    private ValuesCharters charters;

    @Inject
    private UserDirectory users;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PendingChanges pendingChanges;

    @Inject
    private EngineGateway engine;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public List<PlanView> versions(ProgramId programId) {
        programs.require(programId);
        List<CompPlan> versions = plans.versions(programId);
        int inForce = CompPlan.inForce(versions).map(CompPlan::planVersion).orElse(0);
        return versions.stream().map(plan -> view(plan, plan.planVersion() == inForce)).toList();
    }

    @Override
    public PlanView version(ProgramId programId, int planVersion) {
        return versions(programId).stream().filter(plan -> plan.planVersion() == planVersion).findFirst()
                .orElseThrow(() -> new NotFoundException("plan.notFound", planVersion));
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public PlanView draft(ProgramId programId, int planVersion, Long seenRevision, PlanInput input) {
        programs.require(programId);
        CompPlan plan = plans.version(programId, planVersion).orElseGet(() -> {
            if (planVersion != 1) {
                throw new NotFoundException("plan.notFound", planVersion);
            }
            return plans.require(programId, 1);
        });
        plan.requireSeen(seenRevision);
        plan.draft(input, approvedValues(programId), LocalDate.now(ZoneOffset.UTC), currentActor.get().username());
        pendingChanges.write();
        return version(programId, planVersion);
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public PlanView startNewVersion(ProgramId programId) {
        Actor actor = currentActor.get();
        programs.require(programId).requireOpen();
        List<CompPlan> versions = plans.versions(programId);
        CompPlan current = CompPlan.inForce(versions).orElseThrow(() -> new ConflictException("plan.noneApproved"));
        CompPlan latest = versions.get(versions.size() - 1);
        if (latest.approval().status() != ApprovalStatus.APPROVED) {
            throw new ConflictException("plan.versionOpen", latest.planVersion());
        }
        CompPlan next = current.nextVersion();
        plans.add(next);
        engine.as(actor, processEngine -> processEngine.getRuntimeService().startProcessInstanceByKey(
                CompPlanProcess.KEY, programId.toString(), Map.of(CompPlanProcess.PLAN_VERSION, next.planVersion())));
        decisions.record(Decision.of(DecisionType.PLAN_VERSION_STARTED, "program", programId.toString())
                .outcome("started version " + next.planVersion()));
        return version(programId, next.planVersion());
    }

    private List<String> approvedValues(ProgramId programId) {
        Optional<ValuesCharter> charter = charters.of(programId)
                .filter(c -> c.approval().status() == ApprovalStatus.APPROVED);
        return charter.map(c -> c.values().stream().map(CultureValue::name).toList()).orElse(List.of());
    }

    private PlanView view(CompPlan plan, boolean inForce) {
        Approval approval = plan.approval();
        return new PlanView(plan.programId().value(), plan.planVersion(), approval.status().name(), inForce,
                plan.description(), plan.variableShare(), plan.valuesShare(), plan.weights(), plan.effectiveDate(),
                plan.payPeriod().name(), plan.valuesThreshold(), plan.recognition(), approval.draftedBy(), plan.hrReview(), plan.hrReviewer(),
                plan.hrReason(), plan.financeReview(),
                plan.financeReviewer(), plan.financeReason(), approval.decidedBy(),
                approval.decidedBy() == null ? null : users.displayName(approval.decidedBy()), approval.decidedAt(),
                approval.rejectionReason(), plan.revision());
    }
}
