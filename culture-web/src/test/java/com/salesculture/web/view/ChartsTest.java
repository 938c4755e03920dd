package com.salesculture.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private final Charts charts = new Charts();

    @Test
    void aCycleThatInvitedNobodyShowsZeroPercent() {
        assertThat(charts.rate(null)).isEqualByComparingTo("0");
        assertThat(charts.rate(new BigDecimal("37.5"))).isEqualByComparingTo("37.5");
        assertThat(charts.rateBar(null)).isEqualByComparingTo("0");
        assertThat(charts.rateBar(new BigDecimal("37.5"))).isEqualByComparingTo("37.5");
        assertThat(charts.rateBar(new BigDecimal("140"))).as("the bar stays in its track").isEqualByComparingTo("100");
    }
}
