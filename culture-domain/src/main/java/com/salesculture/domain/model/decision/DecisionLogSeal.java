package com.salesculture.domain.model.decision;

/**
 * A keyed signature over the decision log (an HMAC) with a key the database does not hold: whoever
 * can write the tables can recompute every hash of the chain, but not the seals, so a chain rewritten
 * from some entry on is still found out.
 */
public interface DecisionLogSeal {

    /** The seal of {@code text} (hex). */
    String sign(String text);

    /** Whether {@code seal} is this key's seal of {@code text}, compared in constant time. */
    boolean verifies(String text, String seal);
}
