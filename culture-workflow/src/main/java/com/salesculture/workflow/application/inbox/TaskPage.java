package com.salesculture.workflow.application.inbox;

import java.util.List;

/** One page of tasks and how many match in all. */
public record TaskPage(List<TaskView> tasks, long total) {
}
