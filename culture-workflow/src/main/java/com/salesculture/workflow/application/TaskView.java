package com.salesculture.workflow.application;

import java.time.Instant;
import java.util.List;

/** What the inbox and the API show of a human task. */
public record TaskView(String id, String name, String description, String processKey, String processName,
                       String processInstanceId, Long programId, String programName, String assignee,
                       String assigneeName, String owner, boolean delegated, List<String> candidateGroups,
                       Instant created, Instant due, Instant followUp) {
}
