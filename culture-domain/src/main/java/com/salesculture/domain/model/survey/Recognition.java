package com.salesculture.domain.model.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a cycle recognises, per value: the salespeople whose customers saw it most consistently, among
 * those with at least {@link Score#MIN_SAMPLE} ratings of it (all who share the highest consistency;
 * nobody when it is 0). Names and values only are published, never the scores behind them.
 */
public record Recognition(long valueId, long salespersonId, String salespersonName) {

    /** The cycle's recognitions, value by value in the order of the scores. */
    public static List<Recognition> of(List<SalespersonScore> scores) {
        Map<Long, List<SalespersonScore>> best = new LinkedHashMap<>();
        for (SalespersonScore candidate : scores) {
            Score score = candidate.score();
            if (score.insufficientSample() || score.favourable() == 0) {
                continue;
            }
            List<SalespersonScore> leaders = best.computeIfAbsent(score.valueId(), id -> new ArrayList<>());
            int compared = leaders.isEmpty() ? 1 : compare(score, leaders.get(0).score());
            if (compared > 0) {
                leaders.clear();
            }
            if (compared >= 0) {
                leaders.add(candidate);
            }
        }
        return best.values().stream().flatMap(List::stream).map(s -> new Recognition(s.score().valueId(),
                s.salespersonId(), s.salespersonName())).toList();
    }

    /** Consistencies compared exactly (favourable ÷ responses, cross-multiplied). */
    private static int compare(Score a, Score b) {
        return Long.compare((long) a.favourable() * b.responses(), (long) b.favourable() * a.responses());
    }
}
