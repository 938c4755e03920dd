package com.salesculture.workflow.application.programme;

import com.salesculture.domain.infrastructure.persistence.PendingChanges;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.Approval;
import com.salesculture.domain.model.program.DeliverableInput;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.StrategicIntent;
import com.salesculture.domain.model.program.StrategicIntents;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.SalesTeam;
import com.salesculture.workflow.application.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
@Local(StrategicIntentService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class DefaultStrategicIntentService implements StrategicIntentService {

    @Inject
    private ProgramRepository programs;

    @Inject
    private StrategicIntents intents;

    @Inject
    private SalesForce salesForce;

    @Inject
    private UserDirectory users;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PendingChanges pendingChanges;

    @Override
    public IntentView intent(ProgramId programId) {
        programs.require(programId);
        return view(intents.require(programId));
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public IntentView draft(ProgramId programId, Long seenRevision, String statement, List<DeliverableInput> deliverables) {
        Program program = programs.require(programId);
        StrategicIntent intent = intents.require(programId);
        intent.requireSeen(seenRevision);
        intent.draft(statement, deliverables, currentActor.get().username(), program.horizon(),
                salesForce.teams().stream().map(SalesTeam::id).collect(Collectors.toSet()));
        pendingChanges.write();
        return view(intent);
    }

    private IntentView view(StrategicIntent intent) {
        Map<Long, String> teamNames = salesForce.teams().stream()
                .collect(Collectors.toMap(SalesTeam::id, SalesTeam::name, (a, b) -> a));
        Approval approval = intent.approval();
        return new IntentView(intent.programId().value(), approval.status().name(), intent.statement(),
                approval.draftedBy(), approval.submittedAt(), approval.decidedBy(),
                approval.decidedBy() == null ? null : users.displayName(approval.decidedBy()), approval.decidedAt(),
                approval.rejectionReason(), intent.deliverables().stream().map(d -> new IntentView.DeliverableView(
                        d.kind().name(), d.metric(), d.baseline(), d.target(), d.unit(), d.dueDate(), d.customerGroup(),
                        d.teams(), d.teams().stream().map(id -> teamNames.getOrDefault(id, "#" + id)).toList()))
                .toList(), intent.revision());
    }
}
