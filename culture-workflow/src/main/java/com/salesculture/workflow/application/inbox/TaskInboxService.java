package com.salesculture.workflow.application.inbox;

import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.EvidenceView;
import java.util.List;

/**
 * The human tasks a signed-in person works on. Every call checks the caller against the task
 * on the server: a person works only on tasks of their groups; auditors only read.
 */
public interface TaskInboxService {

    /** Tasks assigned to the caller and unclaimed tasks of the caller's groups, filtered, sorted and paged by the engine. */
    TaskPage search(TaskSearch search);

    TaskView get(String taskId);

    /** Whether the caller may open the task, by the rule {@link #get} applies; false once it is gone. */
    boolean maySee(String taskId);

    /**
     * Refuses unless the caller may work on the task now (one of its groups or its assignee, not claimed
     * by someone else, four eyes): for drafts that belong to a task, written before it is completed.
     */
    void requireWorkable(String taskId);

    /** The caller's saved inbox filters, by name, each with the number of tasks it finds now. */
    List<SavedFilterView> savedFilters();

    /** Saves inbox criteria under a name of the caller's (unique per person); paging and sorting are not kept. */
    SavedFilterView saveFilter(String name, TaskSearch criteria);

    /** Deletes one of the caller's saved filters. */
    void deleteFilter(long id);

    /** The processes whose tasks can be filtered for: key → name of the latest version. */
    java.util.Map<String, String> processes();

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

    /** Who could be given the task: members of its candidate groups, username → name. */
    java.util.Map<String, String> candidates(String taskId);

    List<TaskComment> comments(String taskId);

    /** Attaches evidence to the task; its SHA-256 goes into the decision log. */
    EvidenceView attach(String taskId, Evidence.Upload upload);

    List<EvidenceView> evidence(String taskId);

    /** The evidence's bytes, for those who may see the task. */
    Evidence download(String taskId, String evidenceId);

    TaskComment comment(String taskId, String text);
}
