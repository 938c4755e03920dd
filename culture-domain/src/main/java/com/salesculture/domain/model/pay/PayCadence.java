package com.salesculture.domain.model.pay;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How long a pay period is. Periods run from the plan's effective date, one after the other. */
public enum PayCadence {
    QUARTER(3), YEAR(12);

    private final int months;

    PayCadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Case-insensitive; empty for anything else. */
    public static Optional<PayCadence> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(cadence -> cadence.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
