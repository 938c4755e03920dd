package com.salesculture.domain.model.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreTest {

    /** The score of ratings as the database computes it: count, sum, ratings of 4 or 5. */
    private static Score of(int... ratings) {
        return new Score(7, ratings.length, Arrays.stream(ratings).sum(), (int) Arrays.stream(ratings).filter(r -> r >= 4).count());
    }

    @ParameterizedTest(name = "{0} → mean {1}, consistency {2}, insufficient {3}")
    @CsvSource(delimiter = '|', value = {
            "5,4,4,3,2 | 3.60 | 0.60 | false",
            "4,4,4,4,4 | 4.00 | 1.00 | false",
            "1,5,5,5,5 | 4.20 | 0.80 | false",
            "5,5,5,1   | 4.00 | 0.75 | true",
            "3,3,3,3,3,3,4 | 3.14 | 0.14 | false",
            "2         | 2.00 | 0.00 | true"
    })
    @DisplayName("Mean, consistency (share of 4–5) and insufficient sample below 5, against hand-computed figures")
    void arithmetic(String ratings, BigDecimal mean, BigDecimal consistency, boolean insufficient) {
        Score score = of(Arrays.stream(ratings.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray());
        assertThat(score.mean()).isEqualTo(mean);
        assertThat(score.consistency()).isEqualTo(consistency);
        assertThat(score.insufficientSample()).isEqualTo(insufficient);
    }

    @Test
    @DisplayName("No ratings: no mean, no consistency, insufficient")
    void empty() {
        assertThat(of().mean()).isNull();
        assertThat(of().consistency()).isNull();
        assertThat(of().insufficientSample()).isTrue();
    }

    @Test
    @DisplayName("A team's score counts every rating once, not the mean of means")
    void teamAggregate() {
        Score team = Score.combined(7, List.of(of(5, 5), of(1, 2, 3, 4, 4, 4)));
        assertThat(team.responses()).isEqualTo(8);
        assertThat(team.mean()).isEqualTo(new BigDecimal("3.50"));
        assertThat(team.consistency()).isEqualTo(new BigDecimal("0.63"));
        assertThat(team.insufficientSample()).isFalse();
    }

    @Test
    @DisplayName("An answer needs a 1–5 rating of every value and nothing else; a low rating asks for a follow-up")
    void answers() {
        List<Long> values = List.of(11L, 12L, 13L);
        assertThat(SurveyAnswer.check(Map.of("11", "5", "12", "2", "13", " 4 "), "  ok  ", values))
                .satisfies(a -> assertThat(a.ratings()).containsEntry(13L, 4))
                .satisfies(a -> assertThat(a.comment()).isEqualTo("ok"))
                .satisfies(a -> assertThat(a.needsFollowUp()).isTrue());
        assertThat(SurveyAnswer.check(Map.of("11", "3", "12", "3", "13", "3"), null, values).needsFollowUp()).isFalse();
        assertThatThrownBy(() -> SurveyAnswer.check(Map.of("11", "0", "12", "six", "99", "3"), "x".repeat(2001), values))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactlyInAnyOrder("ratings.99", "ratings.11", "ratings.12", "ratings.13", "comment"));
    }
}
