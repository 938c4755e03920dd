package com.salesculture.domain.model.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the whole product writes a point in time for people: UTC, labelled ("2026-11-27 09:30 UTC"). */
public final class UtcTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private UtcTime() {
    }

    public static String minutes(Instant instant) {
        return MINUTES.format(instant);
    }

    /** To the second, where two events of the same minute must be told apart (who completed first). */
    public static String seconds(Instant instant) {
        return SECONDS.format(instant);
    }
}
