package com.salesculture.domain.model.survey;

/** Identifies a survey cycle. */
public record SurveyCycleId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
