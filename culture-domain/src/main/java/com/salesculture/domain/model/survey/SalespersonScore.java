package com.salesculture.domain.model.survey;

/** One cell of a cycle's heatmap: a salesperson (and their team) and the score of one value. */
public record SalespersonScore(long salespersonId, String salespersonName, long teamId, String teamName,
                               Score score) {
}
