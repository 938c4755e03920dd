package com.salesculture.domain.model.pay;

/** How a value counted in a statement. */
public enum Judgement {
    /** Enough ratings, consistency at or above the plan's threshold: the value's weight in full. */
    MET,
    /** Enough ratings, below the threshold: the weight in proportion (consistency ÷ threshold). */
    BELOW,
    /** Fewer than five ratings in the period: left out; the other values' weights count in proportion. */
    NOT_JUDGED,
    /** A recovery plan in force during the period names the value: it counts nothing. */
    IN_RECOVERY
}
