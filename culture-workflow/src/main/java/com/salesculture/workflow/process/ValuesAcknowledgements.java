package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ApprovalStatus;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Who is asked to acknowledge a programme's values charter: one {@code values-acknowledgement}
 * process per salesperson (so that a joiner can be asked later and a leaver's ends alone), for
 * every active salesperson with an account who has not acknowledged the charter's version yet.
 */
@ApplicationScoped
public class ValuesAcknowledgements {

    @Inject
    private ValuesCharters charters;

    @Inject
    private ProgramRepository programs;

    /**
     * A salesperson joined (was given an account, or came back): asked to acknowledge the charter of
     * every programme that is not closed and whose charter is approved.
     */
    public void askJoiner(RuntimeService runtime, Salesperson joiner) {
        if (joiner.status() == SalespersonStatus.EXITED) {
            return;
        }
        for (Program program : programs.findAll()) {
            if (!program.closed()) {
                charters.of(program.programId()).filter(charter -> charter.approval().status() == ApprovalStatus.APPROVED)
                        .ifPresent(charter -> ask(runtime, program.programId(), charter, joiner));
            }
        }
    }

    private void ask(RuntimeService runtime, ProgramId programId, ValuesCharter charter, Salesperson person) {
        String businessKey = CultureProgramProcess.businessKey(programId);
        if (person.username() != null && !charters.acknowledged(charter, person.id())
                && runtime.createProcessInstanceQuery().processDefinitionKey(ValuesSelectionProcess.ACKNOWLEDGEMENT_KEY)
                .processInstanceBusinessKey(businessKey)
                .variableValueEquals(ProcessEnding.SALESPERSON_ID, person.id()).count() == 0) {
            start(runtime, businessKey, person);
        }
    }

    /** One {@code values-acknowledgement} for this salesperson. */
    static void start(RuntimeService runtime, String businessKey, Salesperson person) {
        runtime.startProcessInstanceByKey(ValuesSelectionProcess.ACKNOWLEDGEMENT_KEY, businessKey,
                Map.of(ValuesSelectionProcess.ACKNOWLEDGER, person.username(), ProcessEnding.SALESPERSON_ID, person.id()));
    }
}
