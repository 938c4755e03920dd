package com.salesculture.workflow.application;

import com.salesculture.workflow.engine.EngineInternals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Now, as the engine sees it: deadlines the processes' timers keep (a cycle's close) are judged by the
 * same clock, so tests that move the engine clock move them together.
 */
public final class EngineTime {

    private EngineTime() {
    }

    public static Instant now() {
        return EngineInternals.now();
    }

    /** Today in UTC, the day dates are stored in. */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
