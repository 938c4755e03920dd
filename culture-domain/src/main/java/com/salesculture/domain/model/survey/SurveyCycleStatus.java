package com.salesculture.domain.model.survey;

/** Open (answers accepted) → closed (scores computed, awaiting review) → published. */
public enum SurveyCycleStatus {
    OPEN, CLOSED, PUBLISHED
}
