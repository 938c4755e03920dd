package com.salesculture.domain.model.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How customers rated one value, for a salesperson (or a team) in a cycle: the number of ratings,
 * their sum and how many were favourable (4 or 5). Mean and consistency follow; below
 * {@link #MIN_SAMPLE} ratings the sample is insufficient and nothing should be read into it.
 */
public record Score(long valueId, int responses, int ratingSum, int favourable) {

    public static final int MIN_SAMPLE = 5;
    public static final int FAVOURABLE_FROM = 4;

    /** The mean rating, two decimals; null without ratings. */
    public BigDecimal mean() {
        return responses == 0 ? null
                : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
    }

    /** The share of favourable ratings (0–1), two decimals; null without ratings. */
    public BigDecimal consistency() {
        return responses == 0 ? null
                : BigDecimal.valueOf(favourable).divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
    }

    public boolean insufficientSample() {
        return responses < MIN_SAMPLE;
    }

    /** The scores of several salespeople as one (a team's): every rating counts once. */
    public static Score combined(long valueId, Collection<Score> scores) {
        return new Score(valueId, scores.stream().mapToInt(Score::responses).sum(),
                scores.stream().mapToInt(Score::ratingSum).sum(), scores.stream().mapToInt(Score::favourable).sum());
    }
}
