package com.salesculture.workflow.process.paths.doubles;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for the survey cadence's delegates of {@code culture-program}: a survey cycle every three months from a fixed
 * anchor, to a horizon of 12 months unless a test says otherwise. Sets the variables the real ones set.
 */
public class SurveyCadenceDouble extends RecordingDouble {

    private static final ZonedDateTime ANCHOR = ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final int CADENCE_MONTHS = 3;

    private int horizonMonths = 12;

    public SurveyCadenceDouble horizonMonths(int months) {
        this.horizonMonths = months;
        return this;
    }

    /** The date so many months after the schedule's anchor. */
    public static Date monthsAfterAnchor(int months) {
        return Date.from(ANCHOR.plusMonths(months).toInstant());
    }

    /** The next turn after the previous one (or after the anchor), and whether it falls past the horizon. */
    public void schedule(DelegateExecution execution) {
        record("schedule");
        Date previous = (Date) execution.getVariable("nextSurveyCycleAt");
        ZonedDateTime from = previous == null ? ANCHOR : previous.toInstant().atZone(ZoneOffset.UTC);
        Date due = Date.from(from.plusMonths(CADENCE_MONTHS).toInstant());
        Date horizonEnd = monthsAfterAnchor(horizonMonths);
        execution.setVariable("nextSurveyCycleAt", due);
        execution.setVariable("horizonReached", due.after(horizonEnd));
        execution.setVariable("horizonEndsAt", horizonEnd);
    }

    public void open(DelegateExecution execution) {
        record("open");
    }

    public void close(DelegateExecution execution) {
        record("close");
    }
}
