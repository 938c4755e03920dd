package com.salesculture.workflow.application.operations;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** What the admin's operations page and the health and metrics endpoints show. */
public final class OperationsViews {

    private OperationsViews() {
    }

    /** A job that failed (retries left or not), with the incident it raised, if any. */
    /** A mail whose attempts ran out: to whom, what, how often tried, and why it failed. */
    public record FailedMail(long id, String recipient, String subject, int attempts, String lastError,
                             java.time.Instant failedAt) implements Serializable {
    }

    public record FailedJob(String jobId, String processInstanceId, String processKey, String activityId,
                            String message, int retriesLeft, Instant dueAt, String incidentId, Instant incidentAt) implements Serializable {
    }

    /**
     * The engine's history clean-up: its nightly window ({@code null} when off), when its job is due
     * next, and what it has removed since the metrics began (process instances, decision instances,
     * batches).
     */
    public record HistoryCleanup(String window, Instant nextRunAt, long removedProcessInstances,
                                 long removedDecisionInstances, long removedBatches) implements Serializable {
    }

    /** A deployed version of a process model and how many instances run on it. */
    public record ProcessVersion(String processKey, String processName, int version, String versionTag,
                                 String definitionId, long runningInstances, boolean latest) implements Serializable {
    }

    /** What a migration moved: how many instances, from which version to which. */
    public record Migration(String processKey, int fromVersion, int toVersion, long migratedInstances) {
    }

    /** Readiness: each check by name, {@code UP} or why not. */
    public record Health(boolean up, Map<String, String> checks) implements Serializable {
    }
}
