package com.salesculture.workflow.application.inbox;

import java.util.List;

/**
 * Finding the human tasks a signed-in person may see: their inbox, saved filters, one task with its
 * form. Acting on tasks is {@link TaskActionService}, their comments and evidence {@link TaskNoteService};
 * all three check the caller against the task on the server ({@link TaskAccess}).
 */
public interface TaskInboxService {

    /** Tasks assigned to the caller and unclaimed tasks of the caller's groups, filtered, sorted and paged by the engine. */
    TaskPage search(TaskSearch search);

    /** How many tasks the search finds, without reading any (a paged table asks this first). */
    long count(TaskSearch search);

    /** One page of the search's tasks, without counting them all (for a table that has counted already). */
    List<TaskView> page(TaskSearch search);

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

    /** Who could be given the task: members of its candidate groups, username → name. */
    java.util.Map<String, String> candidates(String taskId);
}
