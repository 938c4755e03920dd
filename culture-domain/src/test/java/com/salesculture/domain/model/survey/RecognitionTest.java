package com.salesculture.domain.model.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecognitionTest {

    private static SalespersonScore score(long salesperson, long value, int responses, int favourable) {
        return new SalespersonScore(salesperson, "Seller " + salesperson, 1, "North",
                new Score(value, responses, favourable * 5 + (responses - favourable) * 2, favourable));
    }

    @Test
    @DisplayName("Per value, the most consistent with five ratings or more; ties all named; too few ratings or none favourable, none")
    void mostConsistentPerValue() {
        List<Recognition> recognised = Recognition.of(List.of(
                score(1, 10, 5, 4), score(2, 10, 10, 8), score(3, 10, 4, 4), // 0.8 and 0.8 tie; 3 has too few ratings
                score(1, 11, 6, 6), score(2, 11, 20, 19),                   // 1.0 beats 0.95
                score(1, 12, 5, 0), score(2, 12, 9, 0)));                    // nobody saw it: nobody named
        assertThat(recognised).extracting(Recognition::valueId, Recognition::salespersonId)
                .containsExactly(tuple(10L, 1L), tuple(10L, 2L), tuple(11L, 1L));
    }
}
