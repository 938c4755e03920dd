package com.salesculture.workflow.process;

import com.salesculture.domain.model.exit.ExitCases;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.form.TaskCompletionRule;
import com.salesculture.workflow.form.TaskForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** "Offboard the salesperson" completes (closing the case) only when every checklist item is ticked. */
@ApplicationScoped
public class ChecklistDoneRule implements TaskCompletionRule {

    @Inject
    private ExitCases cases;

    @Inject
    private ProcessEngine engine;

    @Override
    public String formKey() {
        return TaskForms.OFFBOARDING;
    }

    @Override
    public void check(Task task) {
        Long caseId = (Long) engine.getTaskService().getVariable(task.getId(), "exitCaseId");
        long open = cases.checklist(caseId).stream().filter(item -> !item.done()).count();
        if (open > 0) {
            throw new InvalidInputException("checklist", "exit.checklist.incomplete", open);
        }
    }
}
