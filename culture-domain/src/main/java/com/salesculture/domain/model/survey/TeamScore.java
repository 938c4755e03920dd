package com.salesculture.domain.model.survey;

/** A team's score of one value in a cycle: its salespeople's scores combined, every rating counted once. */
public record TeamScore(long teamId, String teamName, int salespeople, Score score) {
}
