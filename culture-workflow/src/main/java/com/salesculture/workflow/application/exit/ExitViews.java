package com.salesculture.workflow.application.exit;

import java.io.Serializable;
import com.salesculture.domain.model.exit.ExitEvidence;
import com.salesculture.domain.model.exit.ExitStage;
import java.time.Instant;
import java.util.List;

/** What the exit-case API and pages show. */
public final class ExitViews {

    private ExitViews() {
    }

    /** A case in the HR workspace: its stage, how old it is and when its current step is due. */
    public record Summary(long id, long salespersonId, String salesperson, String reason, ExitStage stage,
                          String proposer, Instant proposedAt, Instant stageSince, long ageDays, Instant due,
                          String openTask, String openTaskName, String openTaskId) implements Serializable {
    }

    public record Document(long id, String name, String contentType, String sha256, String uploadedBy,
                           Instant uploadedAt) implements Serializable {
    }

    public record ChecklistItem(long id, String kind, Long customerId, String customer, Long newOwnerId,
                                String newOwner, String note, String doneBy, Instant doneAt) implements Serializable {
    }

    /** One point of the score history attached as evidence. */

    /** A step of the case from the decision log: who did what, when, and why. */
    public record Step(Instant at, String actor, String decision, String outcome, String reason) implements Serializable {
    }

    /** A legal hold: while it holds, nothing of the case is purged. */
    public record LegalHold(String reason, String by, Instant at) implements Serializable {
    }

    public record Detail(Summary summary, String statement, String hrReviewer, String approver, String endReason,
                         Instant endedAt, ExitEvidence evidence, List<Document> documents, List<ChecklistItem> checklist,
                         List<Step> history, LegalHold legalHold) implements Serializable {
    }
}
