package com.salesculture.domain.model.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

    private static final Instant AT = Instant.parse("2026-11-27T09:15:30.123Z");

    private static final DecisionLogSeal SEAL = TestSeal.OURS;
    private static final DecisionLogSeal FORGER = TestSeal.FORGERS;

    /** A chain of n entries, as the log appends them. */
    private static List<DecisionLogEntry> chain(int n) {
        List<DecisionLogEntry> entries = new ArrayList<>();
        String previous = DecisionLogEntry.GENESIS_HASH;
        for (int i = 0; i < n; i++) {
            DecisionLogEntry entry = DecisionLogEntry.following(i, previous, Decision.onTask("lena", List.of("sales-leader"),
                    DecisionType.TASK_COMPLETED, "51", "completed", "301", "task-" + i), AT, SEAL);
            entries.add(entry);
            previous = entry.entryHash();
        }
        return entries;
    }

    /** The entry as stored, with one field changed. */
    private static DecisionLogEntry withReason(DecisionLogEntry e, String reason) {
        return DecisionLogEntry.stored(e.seq(), e.recordedAt(), e.actor(), String.join(",", e.actorRoles()), e.type().name(),
                e.subjectType(), e.subjectId(), e.outcome(), reason, null, e.processInstanceId(), e.taskId(),
                e.previousHash(), e.entryHash(), e.seal());
    }

    private static ChainVerification check(List<DecisionLogEntry> stored, DecisionLogEntry head) {
        return check(stored, head, List.of());
    }

    private static ChainVerification check(List<DecisionLogEntry> stored, DecisionLogEntry head, List<Checkpoint> checkpoints) {
        ChainCheck check = new ChainCheck(SEAL, 1L, checkpoints);
        stored.forEach(check::next);
        return check.result(head.seq(), head.entryHash(), AT);
    }

    @Test
    @DisplayName("An untouched chain is intact, and so is an empty one")
    void intact() {
        List<DecisionLogEntry> entries = chain(4);
        ChainVerification verdict = check(entries, entries.get(3));
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.entries()).isEqualTo(4);
        assertThat(verdict.firstBrokenSeq()).isNull();
        assertThat(new ChainCheck(SEAL, null, List.of()).result(0, DecisionLogEntry.GENESIS_HASH, AT).intact()).isTrue();
    }

    @Test
    @DisplayName("An altered entry is found where it is")
    void altered() {
        List<DecisionLogEntry> entries = chain(4);
        entries.set(1, withReason(entries.get(1), "nothing happened"));
        ChainVerification verdict = check(entries, entries.get(3));
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(2);
        assertThat(verdict.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        assertThat(verdict.entries()).isEqualTo(4);
    }

    @Test
    @DisplayName("A removed entry is missing; a replaced one breaks the link; removed last entries are behind the head")
    void removedOrReplaced() {
        List<DecisionLogEntry> entries = chain(4);
        List<DecisionLogEntry> gap = new ArrayList<>(entries);
        gap.remove(2);
        assertThat(check(gap, entries.get(3))).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                .containsExactly(3L, ChainVerification.Problem.MISSING);

        // an entry forged with a correct hash of its own, but not chained to the real predecessor
        DecisionLogEntry forged = DecisionLogEntry.following(1, DecisionLogEntry.GENESIS_HASH, Decision.onTask("eve",
                List.of(), DecisionType.TASK_COMPLETED, "51", "completed", "301", "x"), AT, SEAL);
        List<DecisionLogEntry> replaced = new ArrayList<>(entries);
        replaced.set(1, forged);
        assertThat(check(replaced, entries.get(3))).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                .containsExactly(2L, ChainVerification.Problem.LINK);

        assertThat(check(entries.subList(0, 3), entries.get(3))).extracting(ChainVerification::firstBrokenSeq,
                ChainVerification::problem).containsExactly(4L, ChainVerification.Problem.TRUNCATED);
    }

    @Test
    @DisplayName("A chain rewritten from one entry on, every hash recomputed by someone without the key, is found at that entry")
    void rewrittenWithoutTheKey() {
        List<DecisionLogEntry> entries = chain(5);
        List<DecisionLogEntry> rewritten = new ArrayList<>(entries.subList(0, 2));
        String previous = entries.get(1).entryHash();
        for (int i = 2; i < 5; i++) {
            DecisionLogEntry forged = DecisionLogEntry.following(i, previous, Decision.onTask("eve", List.of("sales-leader"),
                    DecisionType.TASK_COMPLETED, "51", i == 2 ? "nothing happened" : "completed", "301", "task-" + i), AT, FORGER);
            rewritten.add(forged);
            previous = forged.entryHash();
        }
        ChainVerification verdict = check(rewritten, rewritten.get(4));
        assertThat(verdict).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                .containsExactly(3L, ChainVerification.Problem.FORGED);

        ChainCheck beforeSealing = new ChainCheck(SEAL, 4L, List.of());
        rewritten.forEach(beforeSealing::next);
        assertThat(beforeSealing.result(5, rewritten.get(4).entryHash(), AT))
                .as("entries before sealing began rely on checkpoints").extracting(ChainVerification::firstBrokenSeq)
                .isEqualTo(4L);
    }

    @Test
    @DisplayName("A checkpoint an auditor kept finds a rewrite, a truncation, or a forged checkpoint; a true one verifies")
    void checkpoints() {
        List<DecisionLogEntry> entries = chain(5);
        Checkpoint kept = Checkpoint.of(3, entries.get(2).entryHash(), AT, SEAL);
        assertThat(Checkpoint.parse(kept.text())).hasValue(kept);
        assertThat(Checkpoint.parse("culture-checkpoint:v1:3:nonsense")).isEmpty();
        assertThat(check(entries, entries.get(4), List.of(kept)).intact()).isTrue();
        assertThat(check(entries, entries.get(4), List.of(kept)).checkpoints()).isEqualTo(1);

        ChainCheck unsealedRewrite = new ChainCheck(SEAL, null, List.of(kept));
        List<DecisionLogEntry> rewritten = new ArrayList<>(entries.subList(0, 2));
        rewritten.add(DecisionLogEntry.following(2, entries.get(1).entryHash(), Decision.onTask("eve", List.of(),
                DecisionType.TASK_COMPLETED, "51", "nothing happened", "301", "x"), AT, FORGER));
        rewritten.forEach(unsealedRewrite::next);
        assertThat(unsealedRewrite.result(3, rewritten.get(2).entryHash(), AT))
                .extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                .containsExactly(3L, ChainVerification.Problem.CHECKPOINT);

        assertThat(check(entries.subList(0, 2), entries.get(1), List.of(kept)))
                .as("the log ends before the checkpoint's entry").extracting(ChainVerification::problem)
                .isEqualTo(ChainVerification.Problem.CHECKPOINT);
        Checkpoint madeUp = Checkpoint.of(3, entries.get(2).entryHash(), AT, FORGER);
        assertThat(check(entries, entries.get(4), List.of(madeUp)))
                .extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                .containsExactly(3L, ChainVerification.Problem.CHECKPOINT);
    }
}
