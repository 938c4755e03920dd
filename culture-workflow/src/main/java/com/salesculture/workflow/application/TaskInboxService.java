package com.salesculture.workflow.application;

import java.util.List;

/**
 * The human tasks a signed-in person works on. Every call checks the caller against the task
 * on the server: a person works only on tasks of their groups; auditors only read.
 */
public interface TaskInboxService {

    /** Tasks assigned to the caller and unclaimed tasks of the caller's groups (all tasks for admins), newest first. */
    List<TaskView> inbox();

    TaskView get(String taskId);

    TaskView claim(String taskId);

    TaskView unclaim(String taskId);

    /** Completes the task as the caller, claiming it first if nobody has. */
    void complete(String taskId);
}
