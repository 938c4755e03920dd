package com.salesculture.workflow.process;

/**
 * The typed catalogue of {@code values-selection}: its key, user tasks and variables. Its business
 * key is the programme id (passed down by {@code culture-program}'s call activity).
 */
public final class ValuesSelectionProcess {

    public static final String KEY = "values-selection";
    public static final String DRAFT_VALUES = "DraftValues";
    public static final String APPROVE_VALUES = "ApproveValues";
    /** One per salesperson, started on approval and when someone joins: they acknowledge the charter. */
    public static final String ACKNOWLEDGEMENT_KEY = "values-acknowledgement";
    public static final String ACKNOWLEDGE_VALUES = "AcknowledgeValues";
    /** The username of the salesperson who acknowledges (the task's assignee). */
    static final String ACKNOWLEDGER = "acknowledger";

    private ValuesSelectionProcess() {
    }
}
