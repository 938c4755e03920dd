package com.salesculture.domain.model.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

    private static final Instant AT = Instant.parse("2026-11-27T09:15:30.123Z");

    /** A chain of n entries, as the log appends them. */
    private static List<DecisionLogEntry> chain(int n) {
        List<DecisionLogEntry> entries = new ArrayList<>();
        String previous = DecisionLogEntry.GENESIS_HASH;
        for (int i = 0; i < n; i++) {
            DecisionLogEntry entry = DecisionLogEntry.following(i, previous, Decision.onTask("lena", List.of("sales-leader"),
                    DecisionType.TASK_COMPLETED, "51", "completed", "301", "task-" + i), AT);
            entries.add(entry);
            previous = entry.entryHash();
        }
        return entries;
    }

    /** The entry as stored, with one field changed. */
    private static DecisionLogEntry withReason(DecisionLogEntry e, String reason) {
        return DecisionLogEntry.stored(e.seq(), e.recordedAt(), e.actor(), String.join(",", e.actorRoles()), e.type().name(),
                e.subjectType(), e.subjectId(), e.outcome(), reason, null, e.processInstanceId(), e.taskId(),
                e.previousHash(), e.entryHash());
    }

    private static ChainVerification check(List<DecisionLogEntry> stored, DecisionLogEntry head) {
        ChainCheck check = new ChainCheck();
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
        assertThat(new ChainCheck().result(0, DecisionLogEntry.GENESIS_HASH, AT).intact()).isTrue();
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
                List.of(), DecisionType.TASK_COMPLETED, "51", "completed", "301", "x"), AT);
        List<DecisionLogEntry> replaced = new ArrayList<>(entries);
        replaced.set(1, forged);
        assertThat(check(replaced, entries.get(3))).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                .containsExactly(2L, ChainVerification.Problem.LINK);

        assertThat(check(entries.subList(0, 3), entries.get(3))).extracting(ChainVerification::firstBrokenSeq,
                ChainVerification::problem).containsExactly(4L, ChainVerification.Problem.TRUNCATED);
    }
}
