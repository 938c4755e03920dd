package com.salesculture.domain.model.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.domain.model.program.Deliverable;
import com.salesculture.domain.model.program.DeliverableInput;
import com.salesculture.domain.model.program.Horizon;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.StrategicIntent;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeliverableProgressTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final Instant NOW = Instant.parse("2027-04-01T09:00:00Z");

    /** Revenue share from 10 % to 12 % by the end of 2027, carried by teams 1 and 2. */
    private static Deliverable rising() {
        return deliverable("10", "12");
    }

    @Test
    @DisplayName("On course: the line through the first and latest figures reaches the target by the due date")
    void onCourse() {
        DeliverableProgress progress = DeliverableProgress.of(rising(), START,
                List.of(actual(null, "2027-02-01", "10.2"), actual(null, "2027-04-01", "10.8")), LocalDate.of(2027, 4, 1));

        DeliverableProgress.Series whole = progress.series().get(0);
        assertThat(whole.team()).isNull();
        assertThat(whole.latest()).isEqualByComparingTo("10.8");
        assertThat(whole.share()).as("0.8 of the 2 points").isEqualByComparingTo("0.4");
        assertThat(whole.projected()).isGreaterThan(new BigDecimal("12"));
        assertThat(progress.atRisk()).isFalse();
    }

    @Test
    @DisplayName("At risk: the line falls short of the target at the due date")
    void fallsShort() {
        DeliverableProgress progress = DeliverableProgress.of(rising(), START,
                List.of(actual(null, "2027-02-01", "10.1"), actual(null, "2027-04-01", "10.2")), LocalDate.of(2027, 4, 1));

        assertThat(progress.series().get(0).projected()).isLessThan(new BigDecimal("12"));
        assertThat(progress.atRisk()).isTrue();
    }

    @Test
    @DisplayName("One figure: the line runs from the baseline on the day the intent was approved")
    void oneFigureFromTheBaseline() {
        // 90 days for 0.5 points: about 2 points by the end of the year
        assertThat(DeliverableProgress.of(rising(), START, List.of(actual(null, "2027-04-01", "10.5")),
                LocalDate.of(2027, 4, 1)).atRisk()).isFalse();
        assertThat(DeliverableProgress.of(rising(), START, List.of(actual(null, "2027-04-01", "10.1")),
                LocalDate.of(2027, 4, 1)).atRisk()).isTrue();
        assertThat(DeliverableProgress.of(rising(), START, List.of(actual(null, "2027-01-01", "10.1")),
                LocalDate.of(2027, 1, 1)).atRisk()).as("a figure of the approval day itself: no trend yet").isFalse();
    }

    @Test
    @DisplayName("Reached is never at risk; past the due date short of the target always is")
    void reachedAndOverdue() {
        assertThat(DeliverableProgress.of(rising(), START, List.of(actual(null, "2027-02-01", "12.5"),
                actual(null, "2027-04-01", "12.1")), LocalDate.of(2027, 4, 1)).atRisk()).as("falling, but reached").isFalse();
        assertThat(DeliverableProgress.of(rising(), START, List.of(actual(null, "2027-12-31", "11.99")),
                LocalDate.of(2028, 1, 2)).atRisk()).isTrue();
    }

    @Test
    @DisplayName("A target below the baseline is reached by going down")
    void fallingTarget() {
        Deliverable churn = deliverable("8", "5");
        assertThat(DeliverableProgress.of(churn, START, List.of(actual(null, "2027-04-01", "6.5")),
                LocalDate.of(2027, 4, 1)).atRisk()).isFalse();
        assertThat(DeliverableProgress.of(churn, START, List.of(actual(null, "2027-04-01", "7.9")),
                LocalDate.of(2027, 4, 1)).atRisk()).isTrue();
    }

    @Test
    @DisplayName("Each team is a series of its own; one team short puts the deliverable at risk")
    void teamsAsSeries() {
        DeliverableProgress progress = DeliverableProgress.of(rising(), START, List.of(actual(1L, "2027-04-01", "11"),
                actual(2L, "2027-04-01", "10.05"), actual(null, "2027-04-01", "10.6")), LocalDate.of(2027, 4, 1));

        assertThat(progress.series()).extracting(DeliverableProgress.Series::team).containsExactly(null, 1L, 2L);
        assertThat(progress.series()).extracting(DeliverableProgress.Series::atRisk).containsExactly(false, false, true);
        assertThat(progress.atRisk()).isTrue();
    }

    @Test
    @DisplayName("A figure names a carrying team or none, a day not to come, a value; the errors name the row's fields")
    void recordingRules() {
        Deliverable deliverable = rising();
        try {
            DeliverableActual.record(deliverable, 9L, LocalDate.of(2027, 5, 1), null, "x".repeat(201), "lena",
                    LocalDate.of(2027, 4, 1), NOW, "rows[2].");
            throw new AssertionError("refused expected");
        } catch (InvalidInputException e) {
            assertThat(e.errors()).extracting(error -> error.field() + " " + error.message().key()).containsExactly(
                    "rows[2].team actual.team.notCarrier", "rows[2].asOf actual.asOf.future",
                    "rows[2].value actual.value.required", "rows[2].source actual.source.tooLong");
        }
        DeliverableActual whole = DeliverableActual.record(deliverable, null, LocalDate.of(2027, 4, 1), new BigDecimal("10.4"),
                " CRM export ", "lena", LocalDate.of(2027, 4, 1), NOW, "");
        assertThat(whole.team()).isNull();
        assertThat(whole.source()).isEqualTo("CRM export");
    }

    private static DeliverableActual actual(Long team, String asOf, String value) {
        return DeliverableActual.record(rising(), team, LocalDate.parse(asOf), new BigDecimal(value), null, "lena",
                LocalDate.parse(asOf), NOW, "");
    }

    private static Deliverable deliverable(String baseline, String target) {
        StrategicIntent intent = StrategicIntent.of(new ProgramId(7));
        intent.draft("Grow with our clients", List.of(new DeliverableInput("REVENUE_GROWTH",
                "Revenue share from existing clients", new BigDecimal(baseline), new BigDecimal(target), "%",
                LocalDate.of(2027, 12, 31), "Mid-size manufacturers", new ArrayList<>(List.of(1L, 2L)))), "lena",
                new Horizon(START, START.plusYears(3)), Set.of(1L, 2L));
        Deliverable deliverable = intent.deliverables().get(0);
        try { // as stored: an id
            Field id = Deliverable.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(deliverable, 41L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return deliverable;
    }
}
