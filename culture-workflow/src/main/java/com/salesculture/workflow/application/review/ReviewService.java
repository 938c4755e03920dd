package com.salesculture.workflow.application.review;

import com.salesculture.domain.model.review.RecoveryPlanInput;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.util.List;
import java.util.Map;

/**
 * Performance reviews: read them (a salesperson only their own), and work their steps. Each step
 * completes the review's open task through the task inbox, so the same group and four-eyes rules
 * hold as for the task API.
 */
public interface ReviewService {

    /** Reviews, newest first, optionally of one cycle and/or salesperson (a salesperson: always their own). */
    List<ReviewViews.Summary> list(Long cycleId, Long salespersonId);

    /** One page of them, newest first, and how many there are (a salesperson: only their own). */
    Page<ReviewViews.Summary> list(Long cycleId, Long salespersonId, PageRequest page);

    ReviewViews.Detail get(long id);

    /** The id of the review a process instance runs (a task page links to it), if it is one. */
    java.util.Optional<Long> idOfProcess(String processInstanceId);

    /** "Confirm the review": the form {@code decision} (CONFIRM / OVERRIDE), {@code outcome}, {@code reason}. */
    ReviewViews.Detail confirm(long id, Map<String, ?> form);

    /** Writes the draft recovery plan (replacing an earlier draft); checked field by field. */
    ReviewViews.Detail savePlan(long id, RecoveryPlanInput plan);

    /** Completes "Draft the recovery plan": the plan opens. */
    ReviewViews.Detail submitPlan(long id);

    /** "Acknowledge your review", by the salesperson, with an optional comment. */
    ReviewViews.Detail acknowledge(long id, String comment);
}
