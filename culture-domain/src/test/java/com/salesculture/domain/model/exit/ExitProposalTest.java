package com.salesculture.domain.model.exit;

import static com.salesculture.domain.model.shared.Refusals.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.review.RecoveryAction;
import com.salesculture.domain.model.review.RecoveryCriterion;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.survey.Score;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exit gate and the limits of a proposal, as the case itself enforces them. */
class ExitProposalTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final ExitEvidence EVIDENCE = new ExitEvidence(List.of(), List.of(), List.of());

    @Test
    @DisplayName("A failed recovery plan opens the gate for either reason; the case keeps the plan and starts at HR review")
    void failedPlanOpensTheGate() {
        RecoveryPlan failed = plan(2); // 2 of 10 favourable: below the 0.8 the plan asked for
        for (ExitReason reason : ExitReason.values()) {
            ExitCase exitCase = ExitCase.propose(salesperson(SalespersonStatus.IN_RECOVERY), reason, "  Missed the plan  ",
                    "lena", List.of(plan(9), failed), 0, EVIDENCE, NOW);
            assertThat(exitCase.stage()).isEqualTo(ExitStage.HR_REVIEW);
            assertThat(exitCase.statement()).isEqualTo("Missed the plan");
            assertThat(exitCase.evidence()).isEqualTo(EVIDENCE);
        }
    }

    @Test
    @DisplayName("Without a failed plan: 'incapable' is refused at the reason, 'unwilling' at the documents unless some come with it")
    void gateWithoutAFailedPlan() {
        List<RecoveryPlan> passed = List.of(plan(9));
        assertThatThrownBy(() -> ExitCase.propose(salesperson(SalespersonStatus.ACTIVE), ExitReason.INCAPABLE, "Weak",
                "lena", passed, 3, EVIDENCE, NOW)).isInstanceOfSatisfying(ExitCase.GateClosed.class, closed -> {
                    assertThat(closed.key()).isEqualTo("exit.gate.incapable");
                    assertThat(closed.errors()).extracting(FieldError::field).containsExactly("reason");
                });
        assertThatThrownBy(() -> ExitCase.propose(salesperson(SalespersonStatus.ACTIVE), ExitReason.UNWILLING, "Refuses",
                "lena", passed, 0, EVIDENCE, NOW)).isInstanceOfSatisfying(ExitCase.GateClosed.class, closed ->
                assertThat(closed.errors()).extracting(FieldError::field).containsExactly("documents"));
        assertThat(ExitCase.propose(salesperson(SalespersonStatus.ACTIVE), ExitReason.UNWILLING, "Refuses", "lena", passed,
                1, EVIDENCE, NOW).stage()).as("documented unwillingness").isEqualTo(ExitStage.HR_REVIEW);
    }

    @Test
    @DisplayName("A reason and a statement of at most 4,000 characters are required; someone who has exited cannot be proposed")
    void limits() {
        List<RecoveryPlan> failed = List.of(plan(2));
        assertThat(errorsOf(() -> ExitCase.propose(salesperson(SalespersonStatus.ACTIVE), null, " ", "lena", failed, 0,
                EVIDENCE, NOW))).extracting(FieldError::field).containsExactly("reason", "statement");
        assertThat(errorsOf(() -> ExitCase.propose(salesperson(SalespersonStatus.ACTIVE), ExitReason.INCAPABLE,
                "x".repeat(ExitCase.MAX_STATEMENT + 1), "lena", failed, 0, EVIDENCE, NOW)))
                .extracting(FieldError::field).containsExactly("statement");
        assertThatThrownBy(() -> ExitCase.propose(salesperson(SalespersonStatus.EXITED), ExitReason.INCAPABLE, "Gone",
                "lena", failed, 0, EVIDENCE, NOW)).isInstanceOf(ConflictException.class);
    }

    /** A recovery plan asking for 0.8 consistency on one value, followed up with {@code favourable} of 10 ratings. */
    private static RecoveryPlan plan(int favourable) {
        RecoveryPlan plan = new RecoveryPlan(1, 7, "lena", NOW);
        plan.revise(List.of(new RecoveryAction("Weekly calls", "lena", LocalDate.of(2027, 1, 1))),
                List.of(new RecoveryCriterion(11, "Trust", new BigDecimal("0.80"))), "lena", NOW);
        plan.open();
        plan.followUp(2, Map.of(11L, new Score(11, 10, 40, favourable)), NOW);
        return plan;
    }

    /** A stored salesperson (an id) with the given status. */
    private static Salesperson salesperson(SalespersonStatus status) {
        return new Salesperson() {
            @Override
            public Long id() {
                return 7L;
            }

            @Override
            public SalespersonStatus status() {
                return status;
            }

            @Override
            public String name() {
                return "Rita Jones";
            }
        };
    }
}
