package com.salesculture.domain.model.survey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * When a programme's survey cycles are due: every {@code cadenceMonths} after the anchor (the end of
 * its set-up), each turn counted from the anchor rather than from the turn before, so that month ends
 * do not drift (31 Aug, 30 Nov, 28 Feb, 31 May, 31 Aug … not 28 May, 28 Aug).
 */
public record SurveySchedule(Instant anchor, int cadenceMonths) {

    /** The due time of the {@code turn}-th cycle (1: one cadence after the anchor). */
    public Instant due(int turn) {
        return anchor.atZone(ZoneOffset.UTC).plusMonths((long) cadenceMonths * turn).toInstant();
    }

    /** The first due time after {@code time} (with a changed cadence: the first of the new rhythm). */
    public Instant firstAfter(Instant time) {
        int turn = 1;
        while (!due(turn).isAfter(time)) {
            turn++;
        }
        return due(turn);
    }

    /** The due times after {@code after} and before {@code end}, at most {@code limit} of them. */
    public List<Instant> dueBetween(Instant after, Instant end, int limit) {
        List<Instant> due = new ArrayList<>();
        for (int turn = 1; due.size() < limit; turn++) {
            Instant next = due(turn);
            if (next.isAfter(end)) {
                break;
            }
            if (next.isAfter(after)) {
                due.add(next);
            }
        }
        return due;
    }
}
