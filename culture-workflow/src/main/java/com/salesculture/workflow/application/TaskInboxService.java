package com.salesculture.workflow.application;

/**
 * The human tasks a signed-in person works on. Every call checks the caller against the task
 * on the server: a person works only on tasks of their groups; auditors only read.
 */
public interface TaskInboxService {

    /** Tasks assigned to the caller and unclaimed tasks of the caller's groups, filtered, sorted and paged by the engine. */
    TaskPage search(TaskSearch search);

    TaskView get(String taskId);

    /** The processes whose tasks can be filtered for: key → name of the latest version. */
    java.util.Map<String, String> processes();

    TaskView claim(String taskId);

    TaskView unclaim(String taskId);

    /** Completes the task as the caller, claiming it first if nobody has. */
    void complete(String taskId);
}
