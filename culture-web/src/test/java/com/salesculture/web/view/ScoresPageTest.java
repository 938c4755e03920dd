package com.salesculture.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ScoresPageTest {

    private final List<Long> salespeople = LongStream.rangeClosed(1, 5_000).boxed().toList();

    @Test
    void aPageHoldsFiftyRowsAndTheLastOneTheRest() {
        assertThat(ScoresPage.rowsOf(salespeople, 1)).hasSize(ScoresPage.ROWS).startsWith(1L).endsWith(50L);
        assertThat(ScoresPage.rowsOf(salespeople, 100)).hasSize(50).startsWith(4_951L).endsWith(5_000L);
        assertThat(ScoresPage.rowsOf(salespeople.subList(0, 120), 3)).containsExactly(LongStream.rangeClosed(101, 120).boxed().toArray(Long[]::new));
        assertThat(ScoresPage.rowsOf(salespeople, 101)).as("past the end").isEmpty();
        assertThat(ScoresPage.rowsOf(List.of(), 1)).isEmpty();
    }

    @Test
    void aChosenSalespersonOpensOnTheirPage() {
        assertThat(ScoresPage.pageOf(salespeople, 1L)).isEqualTo(1);
        assertThat(ScoresPage.pageOf(salespeople, 50L)).isEqualTo(1);
        assertThat(ScoresPage.pageOf(salespeople, 51L)).isEqualTo(2);
        assertThat(ScoresPage.pageOf(salespeople, 4_321L)).isEqualTo(87);
        assertThat(ScoresPage.pageOf(salespeople, 9_999L)).as("not in the cycle").isEqualTo(1);
    }
}
