package com.salesculture.domain.model.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SurveyScheduleTest {

    private static final SurveySchedule QUARTERLY = new SurveySchedule(Instant.parse("2026-08-31T10:00:00Z"), 3);

    @Test
    @DisplayName("Each due date counts from the anchor, so month ends do not drift")
    void noDriftAtMonthEnds() {
        assertThat(List.of(QUARTERLY.due(1), QUARTERLY.due(2), QUARTERLY.due(3), QUARTERLY.due(4))).containsExactly(
                Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2027-02-28T10:00:00Z"),
                Instant.parse("2027-05-31T10:00:00Z"), Instant.parse("2027-08-31T10:00:00Z"));
    }

    @Test
    @DisplayName("The next due date after the last one follows the anchor, not the last date")
    void nextAfterAShortMonth() {
        assertThat(QUARTERLY.firstAfter(Instant.parse("2027-02-28T10:00:00Z"))).isEqualTo(Instant.parse("2027-05-31T10:00:00Z"));
        assertThat(QUARTERLY.firstAfter(Instant.parse("2026-08-31T10:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    @DisplayName("A changed cadence takes its rhythm from the anchor, never from a date already past")
    void changedCadence() {
        SurveySchedule monthly = new SurveySchedule(QUARTERLY.anchor(), 1);
        assertThat(monthly.firstAfter(Instant.parse("2027-02-28T10:00:00Z"))).isEqualTo(Instant.parse("2027-03-31T10:00:00Z"));
    }

    @Test
    @DisplayName("The schedule lists the due dates within the horizon")
    void dueBetween() {
        assertThat(QUARTERLY.dueBetween(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-09-01T00:00:00Z"), 10))
                .containsExactly(Instant.parse("2027-02-28T10:00:00Z"), Instant.parse("2027-05-31T10:00:00Z"),
                        Instant.parse("2027-08-31T10:00:00Z"));
        assertThat(QUARTERLY.dueBetween(QUARTERLY.anchor(), Instant.parse("2030-01-01T00:00:00Z"), 2)).hasSize(2);
    }
}
