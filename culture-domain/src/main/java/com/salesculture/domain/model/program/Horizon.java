package com.salesculture.domain.model.program;

import java.time.LocalDate;

/** The days a programme runs: from the day it started (UTC) to the end of its horizon in months. */
public record Horizon(LocalDate first, LocalDate last) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
