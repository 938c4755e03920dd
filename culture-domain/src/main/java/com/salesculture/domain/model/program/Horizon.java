package com.salesculture.domain.model.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The days a programme runs: from the day it started (UTC) to the end of its horizon in months. */
public record Horizon(LocalDate first, LocalDate last) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** The moment the horizon is over: the start (UTC) of the day after its last. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
