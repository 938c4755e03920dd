package com.salesculture.workflow.application.programme;

import com.salesculture.domain.infrastructure.persistence.PendingChanges;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.Approval;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValueInput;
import com.salesculture.domain.model.program.ValuesAcknowledgement;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.workflow.application.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
@Local(ValuesService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultValuesService implements ValuesService {

    @Inject
    private ProgramRepository programs;

    @Inject
    private ValuesCharters charters;

    @Inject
    private SalesForce salesForce;

    @Inject
    private UserDirectory users;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PendingChanges pendingChanges;

    @Override
    public ValuesView values(ProgramId programId) {
        programs.require(programId);
        return view(charters.require(programId));
    }

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ValuesView draft(ProgramId programId, Long seenRevision, List<ValueInput> values) {
        programs.require(programId);
        ValuesCharter charter = charters.require(programId);
        charter.requireSeen(seenRevision);
        charter.draft(values, currentActor.get().username());
        pendingChanges.write();
        return view(charter);
    }

    private ValuesView view(ValuesCharter charter) {
        Approval approval = charter.approval();
        return new ValuesView(charter.programId().value(), charter.charterVersion(), approval.status().name(),
                charter.values().stream().map(v -> new ValuesView.Value(v.name(), v.statement(), v.behaviours()))
                        .toList(),
                approval.draftedBy(), approval.decidedBy(),
                approval.decidedBy() == null ? null : users.displayName(approval.decidedBy()), approval.decidedAt(),
                approval.rejectionReason(),
                acknowledgements(charter), charter.revision());
    }

    private List<ValuesView.Acknowledgement> acknowledgements(ValuesCharter charter) {
        if (charter.id() == null) {
            return List.of();
        }
        List<ValuesAcknowledgement> acknowledged = charters.acknowledgements(charter);
        Map<Long, String> names = salesForce.names(acknowledged.stream().map(ValuesAcknowledgement::salespersonId)
                .collect(Collectors.toSet()));
        return acknowledged.stream().map(a -> new ValuesView.Acknowledgement(a.salespersonId(),
                names.getOrDefault(a.salespersonId(), "#" + a.salespersonId()), a.charterVersion(), a.acknowledgedAt()))
                .toList();
    }
}
