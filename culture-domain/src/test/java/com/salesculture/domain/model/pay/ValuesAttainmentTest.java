package com.salesculture.domain.model.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotAllowedException;
import com.salesculture.domain.model.survey.Score;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The attainment rules at their edges, and what a statement makes of them. */
class ValuesAttainmentTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("0.80");
    private static final Instant NOW = Instant.parse("2027-04-01T00:05:00Z");

    /** {@code favourable} of {@code ratings} customers rated the value 4 or 5. */
    private static ValueEvidence value(long id, String weight, int ratings, int favourable, boolean inRecovery) {
        return new ValueEvidence(id, "Value " + id, new BigDecimal(weight), ratings == 0 ? List.of() : List.of(1, 2),
                new Score(id, ratings, favourable * 5 + (ratings - favourable) * 2, favourable), inRecovery);
    }

    @Test
    @DisplayName("Threshold met counts in full, missed in proportion (consistency ÷ threshold), weighted by the plan")
    void thresholdMetAndMissed() {
        ValuesAttainment attainment = ValuesAttainment.assess(List.of(value(1, "50", 10, 9, false),
                value(2, "30", 10, 8, false), value(3, "20", 10, 4, false)), THRESHOLD);
        assertThat(attainment.lines()).extracting(ValuesAttainment.Line::judgement, ValuesAttainment.Line::attainment)
                .containsExactly(tuple(Judgement.MET, new BigDecimal("1.0000")), tuple(Judgement.MET, new BigDecimal("1.0000")),
                        tuple(Judgement.BELOW, new BigDecimal("0.5000")));
        assertThat(attainment.attainment()).isEqualByComparingTo("0.9000"); // (50 + 30 + 20 × 0.5) ÷ 100
        assertThat(attainment.judged()).isTrue();
    }

    @Test
    @DisplayName("Fewer than five ratings (or none): the value is not judged; the others' weights count in proportion")
    void fewerThanFiveRatings() {
        ValuesAttainment attainment = ValuesAttainment.assess(List.of(value(1, "50", 4, 0, false),
                value(2, "25", 0, 0, false), value(3, "25", 5, 2, false)), THRESHOLD);
        assertThat(attainment.lines()).extracting(ValuesAttainment.Line::judgement)
                .containsExactly(Judgement.NOT_JUDGED, Judgement.NOT_JUDGED, Judgement.BELOW);
        assertThat(attainment.attainment()).isEqualByComparingTo("0.5000"); // only value 3: 0.4 ÷ 0.8
        assertThat(attainment.lines().get(1).cycles()).as("a value without ratings names no cycle").isEmpty();
    }

    @Test
    @DisplayName("No value judged: nothing speaks against the salesperson (attainment 1, marked not judged)")
    void nothingJudged() {
        ValuesAttainment attainment = ValuesAttainment.assess(List.of(value(1, "60", 3, 0, false),
                value(2, "40", 0, 0, false)), THRESHOLD);
        assertThat(attainment.attainment()).isEqualByComparingTo("1");
        assertThat(attainment.judged()).isFalse();
    }

    @Test
    @DisplayName("A value a recovery plan names counts nothing, however it was rated, and even with too few ratings")
    void inRecovery() {
        ValuesAttainment attainment = ValuesAttainment.assess(List.of(value(1, "50", 10, 10, true),
                value(2, "50", 10, 10, false)), THRESHOLD);
        assertThat(attainment.lines()).extracting(ValuesAttainment.Line::judgement)
                .containsExactly(Judgement.IN_RECOVERY, Judgement.MET);
        assertThat(attainment.attainment()).isEqualByComparingTo("0.5");
        assertThat(ValuesAttainment.assess(List.of(value(1, "50", 2, 2, true), value(2, "50", 1, 1, false)), THRESHOLD)
                .attainment()).as("the recovery value judged, the other not").isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("Pay periods run from the plan's effective date without drift; days in the period prorate joiners and leavers")
    void periodsAndProration() {
        LocalDate effective = LocalDate.of(2027, 1, 31);
        PayPeriod second = PayPeriod.of(effective, PayCadence.QUARTER, 2);
        assertThat(second.start()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(second.end()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(PayPeriod.of(effective, PayCadence.QUARTER, 4).start()).as("counted from the anchor")
                .isEqualTo(LocalDate.of(2027, 10, 31));
        PayPeriod year = PayPeriod.of(LocalDate.of(2027, 1, 1), PayCadence.YEAR, 1);
        assertThat(year.days()).isEqualTo(365);
        assertThat(year.activeDays(null, null)).isEqualTo(365);
        assertThat(year.activeDays(LocalDate.of(2027, 7, 1), null)).as("joined 1 July").isEqualTo(184);
        assertThat(year.activeDays(null, LocalDate.of(2027, 1, 31))).as("left on 31 January").isEqualTo(31);
        assertThat(year.activeDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31))).as("left before").isZero();
        assertThat(year.activeDays(LocalDate.of(2028, 1, 1), null)).as("joins after").isZero();
    }

    @Test
    @DisplayName("A statement: values share × attainment × days in the period; the amount from the yearly target variable pay")
    void statementAmounts() {
        PayRun run = stored(PayRun.open(7, 3, PayPeriod.of(LocalDate.of(2027, 1, 1), PayCadence.QUARTER, 1), "p", NOW));
        ValuesAttainment attainment = ValuesAttainment.assess(List.of(value(1, "100", 10, 6, false)), THRESHOLD);
        PayStatement full = PayStatement.draft(run, new PayStatement.Payee(11, "Rita", new BigDecimal("40000"), 90),
                new BigDecimal("30"), THRESHOLD, attainment, "system", NOW);
        assertThat(full.attainment()).isEqualByComparingTo("0.75");
        assertThat(full.shareOfTarget()).isEqualByComparingTo("22.5"); // 30 % × 0.75
        assertThat(full.amount()).isEqualByComparingTo("2250.00"); // 40,000 × 3/12 × 22.5 %
        PayStatement joiner = PayStatement.draft(run, new PayStatement.Payee(12, "Jo", null, 45),
                new BigDecimal("30"), THRESHOLD, attainment, "system", NOW);
        assertThat(joiner.shareOfTarget()).as("half the period").isEqualByComparingTo("11.25");
        assertThat(joiner.amount()).as("no target pay known: no amount").isNull();
    }

    @Test
    @DisplayName("Approved statements never change: a correction is a new statement naming the original, approved by someone else")
    void corrections() {
        PayRun run = stored(PayRun.open(7, 3, PayPeriod.of(LocalDate.of(2027, 1, 1), PayCadence.QUARTER, 1), "p", NOW));
        PayStatement draft = PayStatement.draft(run, new PayStatement.Payee(11, "Rita", null, 90), new BigDecimal("30"),
                THRESHOLD, ValuesAttainment.assess(List.of(value(1, "100", 10, 10, false)), THRESHOLD), "system", NOW);
        assertThatThrownBy(() -> draft.correct(run, BigDecimal.TEN, "late payroll figure", "finn", NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.text().key()).isEqualTo("pay.statement.notApproved"));
        run.approve(List.of(draft), "eric", NOW);
        assertThat(draft.status()).isEqualTo(PayStatement.Status.APPROVED);
        assertThatThrownBy(() -> draft.approve("ella", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> run.approve(List.of(draft), "ella", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft.correct(run, BigDecimal.TEN, " ", "finn", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> draft.correct(run, new BigDecimal("-1"), "x", "finn", NOW))
                .isInstanceOf(InvalidInputException.class);

        PayStatement correction = draft.correct(run, new BigDecimal("48000"), "Payroll had no target pay", "finn", NOW);
        assertThat(correction.correctionReason()).isEqualTo("Payroll had no target pay");
        assertThat(correction.amount()).isEqualByComparingTo("3600.00"); // 48,000 × 3/12 × 30 %
        assertThat(correction.status()).isEqualTo(PayStatement.Status.DRAFT);
        assertThat(draft.amount()).as("the original as it was").isNull();
        assertThatThrownBy(() -> correction.approve("finn", NOW)).as("not its maker").isInstanceOf(NotAllowedException.class);
        correction.approve("ella", NOW);
        assertThat(correction.approvedBy()).isEqualTo("ella");
    }

    /** As the database gives it back: with its id. */
    private static PayRun stored(PayRun run) {
        try {
            java.lang.reflect.Field id = PayRun.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(run, 5L);
            return run;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
