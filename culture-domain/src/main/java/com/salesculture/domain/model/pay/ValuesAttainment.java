package com.salesculture.domain.model.pay;

import com.salesculture.domain.model.survey.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How far a salesperson's customers saw the values in a pay period (0–1, four decimals), value by value:
 * <ul>
 * <li>a value with at least {@link Score#MIN_SAMPLE} ratings counts in full when its consistency (the
 *     share of ratings of 4 or 5) reaches the plan's threshold, else in proportion (consistency ÷ threshold);</li>
 * <li>a value with fewer ratings is not judged: it is left out and the other values' weights count in proportion;</li>
 * <li>a value named by a recovery plan in force during the period counts nothing, however it was rated;</li>
 * <li>when no value can be judged, nothing speaks against the salesperson: the attainment is 1, marked not judged.</li>
 * </ul>
 */
public record ValuesAttainment(List<Line> lines, BigDecimal attainment, boolean judged) {

    private static final int SCALE = 4;

    /** One value's part. */
    public record Line(long valueId, String valueName, BigDecimal weight, List<Integer> cycles, int ratings,
                       int favourable, BigDecimal attainment, Judgement judgement) {
    }

    public static ValuesAttainment assess(List<ValueEvidence> values, BigDecimal threshold) {
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        List<Line> lines = values.stream().map(value -> line(value, threshold)).toList();
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Line line : lines) {
            if (line.judgement() != Judgement.NOT_JUDGED) {
                weights = weights.add(line.weight());
                weighted = weighted.add(line.weight().multiply(line.attainment()));
            }
        }
        if (weights.signum() == 0) {
            return new ValuesAttainment(lines, BigDecimal.ONE.setScale(SCALE), false);
        }
        return new ValuesAttainment(lines, weighted.divide(weights, SCALE, RoundingMode.HALF_UP), true);
    }

    private static Line line(ValueEvidence value, BigDecimal threshold) {
        Score score = value.score();
        Judgement judgement;
        BigDecimal attainment;
        if (value.inRecovery()) {
            judgement = Judgement.IN_RECOVERY;
            attainment = BigDecimal.ZERO;
        } else if (score.insufficientSample()) {
            judgement = Judgement.NOT_JUDGED;
            attainment = BigDecimal.ZERO;
        } else {
            BigDecimal consistency = BigDecimal.valueOf(score.favourable())
                    .divide(BigDecimal.valueOf(score.responses()), 8, RoundingMode.HALF_UP);
            judgement = consistency.compareTo(threshold) >= 0 ? Judgement.MET : Judgement.BELOW;
            attainment = judgement == Judgement.MET ? BigDecimal.ONE : consistency.divide(threshold, SCALE, RoundingMode.HALF_UP);
        }
        return new Line(value.valueId(), value.valueName(), value.weight(), List.copyOf(value.cycles()), score.responses(),
                score.favourable(), attainment.setScale(SCALE, RoundingMode.HALF_UP), judgement);
    }
}
