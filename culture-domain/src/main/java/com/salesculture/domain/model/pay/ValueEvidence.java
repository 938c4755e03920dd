package com.salesculture.domain.model.pay;

import com.salesculture.domain.model.survey.Score;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a period holds about one value for one salesperson: the plan's weight (percent), the published
 * cycles that counted, the ratings of all of them as one score, and whether a recovery plan in force
 * during the period names the value.
 */
public record ValueEvidence(long valueId, String valueName, BigDecimal weight, List<Integer> cycles, Score score,
                            boolean inRecovery) {
}
