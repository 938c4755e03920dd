package com.salesculture.domain.model.exit;

/** The items of the offboarding checklist; a customer hand-over is one item per customer contact. */
public enum ChecklistKind {
    FINAL_PAY, ACCESS_REVOCATION, CUSTOMER_HANDOVER, EXIT_INTERVIEW
}
