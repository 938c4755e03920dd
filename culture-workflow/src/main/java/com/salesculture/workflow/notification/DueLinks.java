package com.salesculture.workflow.notification;

/**
 * One dispatch's due links, first invitations, then reminders, claimed by one sender at a time in runs
 * of consecutive invitations: each batch's rows lie apart from the other senders' (H2 writes every page
 * a commit changed, so senders taking turns along the same pages would each rewrite them).
 */
final class DueLinks {

    /** Claims the next links due after an invitation id ({@link InvitationMailBatch#claim}). */
    @FunctionalInterface
    interface Claim {
        InvitationMailBatch.Batch claim(boolean reminders, long afterId, int limit);
    }

    private final Claim claim;
    private final int batchSize;
    private boolean reminders;
    private boolean done;
    private long after;

    DueLinks(Claim claim, int batchSize) {
        this.claim = claim;
        this.batchSize = batchSize;
    }

    /** The next claimed batch, or null when no link is due. */
    synchronized InvitationMailBatch.Batch next() {
        while (!done) {
            InvitationMailBatch.Batch claimed = claim.claim(reminders, after, batchSize);
            after = claimed.nextAfterId();
            if (after == 0) { // the last batch of its kind
                done = reminders;
                reminders = true;
            }
            if (!claimed.mails().isEmpty()) {
                return claimed;
            }
        }
        return null;
    }
}
