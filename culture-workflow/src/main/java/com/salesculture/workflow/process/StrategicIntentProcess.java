package com.salesculture.workflow.process;


/**
 * The typed catalogue of {@code strategic-intent}: its key and user tasks. Its business
 * key is the programme id (passed down by {@code culture-program}'s call activity).
 */
public final class StrategicIntentProcess {

    public static final String KEY = "strategic-intent";
    public static final String DRAFT_INTENT = "DraftIntent";
    public static final String APPROVE_INTENT = "ApproveIntent";

    private StrategicIntentProcess() {
    }
}
