package com.salesculture.it;

import java.util.Collection;

/** Nearest-rank percentiles of the benchmarks' samples. */
final class Percentiles {

    private Percentiles() {
    }

    /** The smallest sample that the given share of all samples does not exceed (NaN when there is none). */
    static double of(Collection<? extends Number> samples, int percentile) {
        double[] sorted = samples.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
