package com.salesculture.workflow.application.inbox;

import java.util.List;

/**
 * What a person does with a task: claim, release, complete with its form, reassign, delegate and
 * resolve, plan its dates; and the same for several tasks of one kind at once. Each action and its
 * decision-log entry commit or roll back together; a person works only on tasks of their groups,
 * auditors only read.
 */
public interface TaskActionService {

    TaskView claim(String taskId);

    /**
     * The same action on several tasks of one kind (one step of one process), all or none: the first
     * task refused refuses the whole batch and nothing changes.
     *
     * @param action   {@code claim}, {@code release} or {@code reassign} (to {@code assignee})
     * @param taskIds  1 to {@value TaskSearch#MAX_SIZE} distinct tasks
     */
    record Bulk(String action, List<String> taskIds, String assignee) {

        public Bulk {
            taskIds = taskIds == null ? List.of() : List.copyOf(taskIds.stream().filter(java.util.Objects::nonNull).toList());
            new com.salesculture.domain.model.shared.Validation()
                    .require(action != null && action.matches("claim|release|reassign"), "action", "task.bulk.action")
                    .require(!taskIds.isEmpty() && taskIds.size() <= TaskSearch.MAX_SIZE
                            && taskIds.stream().distinct().count() == taskIds.size(), "taskIds", "task.bulk.tasks", TaskSearch.MAX_SIZE)
                    .require(!"reassign".equals(action) || assignee != null && !assignee.isBlank(), "assignee", "user.required")
                    .throwIfInvalid();
        }
    }

    List<TaskView> bulk(Bulk bulk);

    TaskView unclaim(String taskId);

    /**
     * Completes the task as the caller, claiming it first if nobody has, with the values of its
     * form (validated by the form type; field errors otherwise).
     */
    void complete(String taskId, java.util.Map<String, ?> values);

    /** Gives the task to another member of its candidate groups (an admin, or a sales leader in one of those groups). */
    TaskView reassign(String taskId, String assignee);

    /** The assignee asks someone else to do the work and stays accountable: the task comes back when resolved. */
    TaskView delegate(String taskId, String delegate);

    /** The delegate hands the task back to its owner. */
    TaskView resolve(String taskId);

    /** Sets or clears the due and follow-up dates. */
    TaskView schedule(String taskId, java.time.Instant due, java.time.Instant followUp);
}
