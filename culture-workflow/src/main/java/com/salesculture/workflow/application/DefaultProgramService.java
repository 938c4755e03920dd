package com.salesculture.workflow.application;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.workflow.process.CultureProgramProcess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
@Local(ProgramService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultProgramService implements ProgramService {

    @Inject
    private ProgramRepository programs;

    @Inject
    private UserDirectory users;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private EngineGateway engine;

    @Inject
    private DecisionLog decisions;

    @Override
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ProgramView start(String name, Integer horizonMonths) {
        Actor actor = currentActor.get();
        Program program = programs.add(Program.start(name, horizonMonths, actor.username(), Instant.now()));
        String processInstanceId = engine.as(actor, processEngine -> processEngine.getRuntimeService()
                .startProcessInstanceByKey(CultureProgramProcess.KEY,
                        CultureProgramProcess.businessKey(program.programId()),
                        CultureProgramProcess.startVariables(program.programId()))
                .getId());
        program.runBy(processInstanceId);
        decisions.record(new Decision(actor.username(), actor.groupList(), DecisionType.PROGRAM_STARTED, "program",
                program.programId().toString(), "started", null, List.of(), processInstanceId, null));
        return view(program);
    }

    @Override
    public List<ProgramView> all() {
        return programs.findAll().stream().map(this::view).toList();
    }

    @Override
    public ProgramView get(ProgramId id) {
        return view(programs.require(id));
    }

    private ProgramView view(Program program) {
        return ProgramView.of(program, users.displayName(program.startedBy()));
    }
}
