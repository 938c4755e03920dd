package com.salesculture.domain.model.pay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The {@code number}-th pay period of a plan (1: the first), from {@code start} up to, not including,
 * {@code end}; counted from the plan's effective date, so month ends never drift.
 */
public record PayPeriod(int number, LocalDate start, LocalDate end, PayCadence cadence) {

    public static PayPeriod of(LocalDate effectiveDate, PayCadence cadence, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("periods count from 1");
        }
        return new PayPeriod(number, effectiveDate.plusMonths((long) cadence.months() * (number - 1)),
                effectiveDate.plusMonths((long) cadence.months() * number), cadence);
    }

    public PayPeriod next(LocalDate effectiveDate) {
        return of(effectiveDate, cadence, number + 1);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end);
    }

    /** The last day that belongs to the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /**
     * The days of the period someone was in the sales force: from the later of the start and the day
     * they joined, to the earlier of the end and the day after they left (null: before the programme, or still here).
     */
    public int activeDays(LocalDate joinedOn, LocalDate exitedOn) {
        LocalDate from = joinedOn == null || joinedOn.isBefore(start) ? start : joinedOn;
        LocalDate to = exitedOn == null || !exitedOn.isBefore(end) ? end : exitedOn.plusDays(1);
        return (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
