package com.salesculture.domain.model.survey;

/** One point of a salesperson's trend: the score of a value in a cycle. */
public record CycleScore(SurveyCycleId cycleId, int cycleNumber, SurveyCycleStatus status, Score score) {
}
