package com.salesculture.domain.model.review;

import com.salesculture.domain.model.survey.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * What the DMN decision {@code performance-recommendation} is given about a salesperson in a cycle.
 *
 * @param lowestConsistency the consistency of the value they live least consistently (0–1); null without ratings
 * @param trend             the change of their mean consistency since the previous cycle; 0 without one to compare
 * @param sampleSufficient  every value has at least {@link Score#MIN_SAMPLE} ratings
 * @param recoveryPlan      what became of an open recovery plan at this cycle
 */
public record ReviewInputs(BigDecimal lowestConsistency, BigDecimal trend, boolean sampleSufficient,
                           PlanFollowUp recoveryPlan) {

    public ReviewInputs {
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(recoveryPlan, "recoveryPlan");
    }

    /** From the scores of this cycle and of the previous one (empty if none). */
    public static ReviewInputs of(Collection<Score> current, Collection<Score> previous, PlanFollowUp recoveryPlan) {
        boolean sufficient = !current.isEmpty() && current.stream().noneMatch(Score::insufficientSample);
        BigDecimal lowest = current.stream().map(Score::consistency).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        BigDecimal trend = BigDecimal.ZERO.setScale(2);
        boolean comparable = sufficient && !previous.isEmpty() && previous.stream().noneMatch(Score::insufficientSample);
        if (comparable) {
            trend = meanConsistency(current).subtract(meanConsistency(previous));
        }
        return new ReviewInputs(lowest, trend, sufficient, recoveryPlan);
    }

    private static BigDecimal meanConsistency(Collection<Score> scores) {
        return scores.stream().map(Score::consistency).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }
}
