package com.salesculture.domain.model.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionLogEntryTest {

    private static final Instant AT = Instant.parse("2026-11-27T09:15:30.123Z");

    private static Decision completed(String taskId) {
        return Decision.onTask("lena", List.of("sales-leader"), DecisionType.TASK_COMPLETED, "51", "completed", "301", taskId);
    }

    @Test
    @DisplayName("Entries chain: each carries its predecessor's hash and the next position")
    void entriesChain() {
        DecisionLogEntry first = DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, completed("1"), AT, TestSeal.OURS);
        DecisionLogEntry second = DecisionLogEntry.following(first.seq(), first.entryHash(), completed("2"), AT, TestSeal.OURS);

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(DecisionLogEntry.GENESIS_HASH);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(first.entryHash()).hasSize(64).isNotEqualTo(second.entryHash());
    }

    @Test
    @DisplayName("The hash is reproducible from the stored fields")
    void hashIsReproducible() {
        DecisionLogEntry entry = DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, completed("7"), AT, TestSeal.OURS);
        assertThat(entry.computeHash()).isEqualTo(entry.entryHash());
        assertThat(DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, completed("7"), AT, TestSeal.OURS).entryHash())
                .isEqualTo(entry.entryHash());
    }

    @Test
    @DisplayName("Any difference in content, time, position or predecessor changes the hash")
    void everyFieldCounts() {
        String base = DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, completed("7"), AT, TestSeal.OURS).entryHash();

        assertThat(DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, completed("8"), AT, TestSeal.OURS).entryHash()).isNotEqualTo(base);
        assertThat(DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, completed("7"), AT.plusMillis(1), TestSeal.OURS).entryHash()).isNotEqualTo(base);
        assertThat(DecisionLogEntry.following(1, DecisionLogEntry.GENESIS_HASH, completed("7"), AT, TestSeal.OURS).entryHash()).isNotEqualTo(base);
        assertThat(DecisionLogEntry.following(0, "f".repeat(64), completed("7"), AT, TestSeal.OURS).entryHash()).isNotEqualTo(base);
        assertThat(DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH,
                Decision.onTask("leo", List.of("sales-leader"), DecisionType.TASK_COMPLETED, "51", "completed", "301", "7"), AT, TestSeal.OURS)
                .entryHash()).isNotEqualTo(base);
    }

    @Test
    @DisplayName("Fields cannot be shifted into each other without changing the hash")
    void fieldBoundariesCount() {
        Decision a = new Decision("lena", List.of(), DecisionType.TASK_CLAIMED, "program", "1|2", "claimed", null, List.of(), null, null);
        Decision b = new Decision("lena", List.of(), DecisionType.TASK_CLAIMED, "program|1", "2", "claimed", null, List.of(), null, null);
        assertThat(DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, a, AT, TestSeal.OURS).entryHash())
                .isNotEqualTo(DecisionLogEntry.following(0, DecisionLogEntry.GENESIS_HASH, b, AT, TestSeal.OURS).entryHash());
    }
}
