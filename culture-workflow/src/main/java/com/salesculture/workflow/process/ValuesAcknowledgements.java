package com.salesculture.workflow.process;

import com.salesculture.domain.model.program.ApprovalStatus;
import com.salesculture.domain.model.program.Program;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ProgramRepository;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Who is asked to acknowledge a programme's values charter: one {@code values-acknowledgement}
 * process per salesperson (so that a joiner can be asked later and a leaver's ends alone), for
 * every active salesperson with an account who has not acknowledged the charter's version yet.
 */
@Named("valuesAcknowledgements")
@ApplicationScoped
public class ValuesAcknowledgements {

    @Inject
    private ValuesCharters charters;

    @Inject
    private ProgramRepository programs;

    @Inject
    private SalesForce salesForce;

    /** "Ask the sales force to acknowledge", after the charter's approval (a step of its own). */
    public void askSalesForce(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        // the charter was approved in this step's transaction's predecessor: nobody has acknowledged it yet
        salesForce.salespeople(null, SalespersonStatus.ACTIVE).stream().filter(person -> person.username() != null)
                .forEach(person -> start(runtime, execution.getProcessBusinessKey(), person));
    }

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

    private static void start(RuntimeService runtime, String businessKey, Salesperson person) {
        runtime.startProcessInstanceByKey(ValuesSelectionProcess.ACKNOWLEDGEMENT_KEY, businessKey,
                Map.of(ValuesSelectionProcess.ACKNOWLEDGER, person.username(), ProcessEnding.SALESPERSON_ID, person.id()));
    }
}
