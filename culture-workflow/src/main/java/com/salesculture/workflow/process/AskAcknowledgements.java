package com.salesculture.workflow.process;

import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task "Ask the sales force to acknowledge" of {@code values-selection}, after the charter's
 * approval: every active salesperson with an account (nobody has acknowledged the new charter yet).
 */
@Named("askAcknowledgements")
@ApplicationScoped
public class AskAcknowledgements implements JavaDelegate {

    @Inject
    private SalesForce salesForce;

    @Override
    public void execute(DelegateExecution execution) {
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        salesForce.salespeople(null, SalespersonStatus.ACTIVE).stream().filter(person -> person.username() != null)
                .forEach(person -> ValuesAcknowledgements.start(runtime, execution.getProcessBusinessKey(), person));
    }
}
