package com.salesculture.domain.model.salesforce;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a salesperson stands: only active ones are surveyed and reviewed; exited ones keep their history. */
public enum SalespersonStatus {
    ACTIVE, IN_RECOVERY, EXITED;

    /** Reads "active", "in recovery", "in-recovery", "IN_RECOVERY", "exited" (any case). */
    public static Optional<SalespersonStatus> parse(String text) {
        String normal = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(status -> status.name().equals(normal)).findFirst();
    }
}
