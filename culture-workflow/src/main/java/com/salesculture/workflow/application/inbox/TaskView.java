package com.salesculture.workflow.application.inbox;

import java.io.Serializable;
import com.salesculture.workflow.form.TaskForm;
import java.time.Instant;
import java.util.List;

/** What the inbox and the API show of a human task; the form only when one task is asked for. */
public record TaskView(String id, String name, String description, String processKey, String processName,
                       String processInstanceId, Long programId, String programName, String assignee,
                       String assigneeName, String owner, boolean delegated, List<String> candidateGroups,
                       Instant created, Instant due, Instant followUp, TaskForm form) implements Serializable {

    TaskView withForm(TaskForm taskForm) {
        return new TaskView(id, name, description, processKey, processName, processInstanceId, programId,
                programName, assignee, assigneeName, owner, delegated, candidateGroups, created, due, followUp,
                taskForm);
    }
}
