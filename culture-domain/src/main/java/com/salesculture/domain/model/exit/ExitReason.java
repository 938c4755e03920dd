package com.salesculture.domain.model.exit;

/** Why an exit is proposed: the salesperson cannot live the values, or will not. */
public enum ExitReason {
    INCAPABLE, UNWILLING
}
