package com.salesculture.workflow.application.operations;

import java.util.List;
import java.util.Map;

/**
 * Keeping the system running (admins): failed jobs and their incidents, retried with a reason that
 * goes into the decision log; readiness and metrics for the platform's probes.
 */
public interface OperationsService {

    /** Jobs with an exception, those without retries left (incidents) first. */
    List<OperationsViews.FailedJob> failedJobs();

    /** The stack trace of a job's last failure. */
    String stacktrace(String jobId);

    /** Gives a failed job one more attempt now; the reason is logged. */
    void retry(String jobId, String reason);

    /** Mail whose attempts ran out (newest first, at most 200). */
    List<OperationsViews.FailedMail> failedMails();

    /** A new round of attempts for a failed mail, with the admin's reason in the decision log. */
    void retryMail(long mailId, String reason);

    /**
     * Starts the engine's history clean-up now: it removes the history of process instances whose
     * removal time (end + the model's history time to live) has passed; a legal hold has none. Logged
     * with the reason; returns the clean-up job's id.
     */
    String cleanUpHistory(String reason);

    /** The nightly clean-up: its window, when it runs next, and what it has removed so far. */
    OperationsViews.HistoryCleanup historyCleanup();

    /** Every deployed version of every process model, newest first per process, with its running instances. */
    List<OperationsViews.ProcessVersion> processVersions();

    /**
     * Moves running instances of one version of a process to another (the latest when {@code toVersion}
     * is null) with a migration plan that maps each activity named in {@code mappings} (old id → new
     * id) as given and every other to the one of the same id; all of the version's instances, or only
     * those named. Logged with the reason and the explicit mappings.
     *
     * @throws com.salesculture.domain.model.shared.InvalidInputException when the plan does not hold
     *         (a mapping names an activity a version lacks, an instance waits where the plan has no
     *         counterpart), naming each problem
     */
    OperationsViews.Migration migrate(String processKey, Integer fromVersion, Integer toVersion,
                                      List<String> processInstanceIds, Map<String, String> mappings, String reason);

    /** Ready to serve: the database answers and the engine's job executor runs. */
    OperationsViews.Health readiness();

    /** Counters and gauges, by metric name. */
    Map<String, Number> metrics();
}
