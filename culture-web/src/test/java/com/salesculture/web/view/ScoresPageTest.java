package com.salesculture.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoresPageTest {

    @Test
    void fiftyRowsFillAPageAndTheLastOneHoldsTheRest() {
        assertThat(ScoresPage.pages(5_000)).isEqualTo(100);
        assertThat(ScoresPage.pages(5_001)).isEqualTo(101);
        assertThat(ScoresPage.pages(ScoresPage.ROWS)).isEqualTo(1);
        assertThat(ScoresPage.pages(0)).as("an empty heatmap is one page").isEqualTo(1);
    }

    @Test
    void aChosenSalespersonOpensOnTheirPage() {
        assertThat(ScoresPage.pageOf(0)).isEqualTo(1);
        assertThat(ScoresPage.pageOf(49)).isEqualTo(1);
        assertThat(ScoresPage.pageOf(50)).isEqualTo(2);
        assertThat(ScoresPage.pageOf(4_320)).isEqualTo(87);
    }
}
