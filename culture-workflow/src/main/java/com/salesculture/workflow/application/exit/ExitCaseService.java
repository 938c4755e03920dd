package com.salesculture.workflow.application.exit;

import com.salesculture.domain.model.exit.ExitReason;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.workflow.application.Evidence;
import java.util.List;
import java.util.Map;

/**
 * Exit cases. A case is visible only to HR, its proposer, the executive who decides it, auditors
 * and admins; auditors change nothing. The steps complete the case's open task through the task
 * inbox, so group and four-eyes rules hold whatever the channel.
 */
public interface ExitCaseService {

    /** What a sales leader proposes: the salesperson, the reason, a statement, and documents. */
    record Proposal(Long salespersonId, ExitReason reason, String statement, List<Evidence> documents) {
    }

    /**
     * Proposes an exit, with the score history, reviews and recovery plans attached as evidence.
     *
     * @throws com.salesculture.domain.model.shared.InvalidInputException without a failed recovery plan,
     *         unless the reason is {@code UNWILLING} and documents prove it (the refusal is logged)
     */
    ExitViews.Detail propose(Proposal proposal);

    /** One page of the cases the caller may see, newest first, optionally of one stage, and how many there are. */
    Page<ExitViews.Summary> list(ExitStage stage, PageRequest page);

    ExitViews.Detail get(long id);

    /** The id of the case a process instance runs (a task page links to it), if it is one. */
    java.util.Optional<Long> idOfProcess(String processInstanceId);

    ExitViews.Document addDocument(long id, Evidence.Upload document);

    Evidence document(long id, long documentId);

    /** HR's review: {@code decision} ACCEPT / RETURN / REJECT, {@code comment}. */
    ExitViews.Detail hrReview(long id, Map<String, ?> form);

    /** The proposer's answer to a return: {@code note}. */
    ExitViews.Detail addEvidence(long id, Map<String, ?> form);

    /** The executive's decision: {@code decision} APPROVE / REJECT, {@code reason}. */
    ExitViews.Detail approve(long id, Map<String, ?> form);

    /** Ticks an offboarding item; a customer hand-over names the salesperson taking the customer on. */
    ExitViews.Detail tick(long id, long itemId, Long newOwnerId, String note);

    /** Closes the case once the checklist is complete: the salesperson exits, their customers move. */
    ExitViews.Detail close(long id);

    /** Places a legal hold (HR, admins): nothing of the case is purged until it is released. */
    ExitViews.Detail placeLegalHold(long id, String reason);

    ExitViews.Detail releaseLegalHold(long id, String reason);

    /** Cancels the case with a reason, at any stage before it is closed. */
    ExitViews.Detail cancel(long id, String reason);
}
