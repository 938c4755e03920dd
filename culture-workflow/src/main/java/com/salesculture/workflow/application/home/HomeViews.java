package com.salesculture.workflow.application.home;

import com.salesculture.domain.model.decision.Checkpoint;
import com.salesculture.workflow.application.audit.AuditViews;
import com.salesculture.workflow.application.exit.ExitViews;
import com.salesculture.workflow.application.inbox.TaskView;
import com.salesculture.workflow.application.operations.OperationsViews;
import com.salesculture.workflow.application.programme.LineOfSight;
import com.salesculture.workflow.application.review.ReviewViews;
import com.salesculture.workflow.application.survey.SurveyViews;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The parts of a person's home page. A part is null when the person holds none of the roles it is for. */
public final class HomeViews {

    private HomeViews() {
    }

    public record Home(Tasks tasks, Approvals approvals, Leading leading, Exits exits, Audit audit,
                       Operations operations, Own own) {
    }

    /** Everyone: the open tasks of my inbox, how many are overdue, the most urgent first. */
    public record Tasks(long open, long overdue, List<TaskView> mostUrgent) {
    }

    /** Executives: the approvals waiting on them, oldest first. */
    public record Approvals(long waiting, List<Waiting> oldest) {
    }

    public record Waiting(String taskId, String name, Long programId, String programName, Instant since, long ageDays) {
    }

    /**
     * Sales leaders and executives: the open cycles with their live response rate, the reviews waiting
     * on me, and how customers saw each value over the latest programme's published cycles.
     */
    public record Leading(List<OpenCycle> openCycles, long reviewsWaiting, Long programId, String programName,
                          LineOfSight.Measures measures) {
    }

    public record OpenCycle(long cycleId, long programId, String programName, int number, Instant closesAt,
                            int invited, long responded, BigDecimal responseRate) {
    }

    /** HR: the open exit cases per stage, the oldest first, and how many steps are past their due date. */
    public record Exits(Map<String, Long> byStage, List<ExitViews.Summary> oldest, long stepsOverdue) {
    }

    /** Auditors: how long the chain is, its latest published checkpoint, the latest decisions (newest first). */
    public record Audit(long entries, Checkpoint latestCheckpoint, List<AuditViews.Entry> latest) {
    }

    /** Admins: readiness, jobs that failed, mail waiting and mail given up on. */
    public record Operations(OperationsViews.Health readiness, long failedJobs, long mailPending, long mailFailed) {
    }

    /** Salespeople: charters to acknowledge, their own trend in the latest programme, their latest review. */
    public record Own(long acknowledgements, SurveyViews.Trend trend, ReviewViews.Summary latestReview) {
    }
}
