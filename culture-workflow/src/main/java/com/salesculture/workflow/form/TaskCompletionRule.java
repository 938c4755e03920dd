package com.salesculture.workflow.form;

import org.camunda.bpm.engine.task.Task;

/**
 * A rule a task of one form must satisfy before it may be completed, beyond its fields: work done
 * elsewhere (a recovery plan drafted, a checklist ticked). The task inbox checks every rule of the
 * task's form, whatever channel the completion came through.
 */
public interface TaskCompletionRule {

    String formKey();

    /** @throws com.salesculture.domain.model.shared.InvalidInputException or a conflict, naming what is missing */
    void check(Task task);
}
