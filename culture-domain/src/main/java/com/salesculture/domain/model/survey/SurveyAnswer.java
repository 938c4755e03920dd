package com.salesculture.domain.model.survey;

import static com.salesculture.domain.model.shared.Validation.stripped;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's answer: a rating from 1 to 5 for each of the cycle's values (keyed by the value's id)
 * and an optional comment of at most 2,000 characters, kept as typed (pages escape it on output).
 */
public record SurveyAnswer(Map<Long, Integer> ratings, String comment) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_COMMENT_LENGTH = 2000;
    /** A rating this low asks the salesperson's leader to follow up with the customer. */
    public static final int FOLLOW_UP_AT_OR_BELOW = 2;

    /**
     * Checks ratings as entered ({@code ratings.<valueId>} → text) against the cycle's values.
     *
     * @throws InvalidInputException naming every missing, unknown, unreadable or out-of-range rating
     *                               and a too-long comment
     */
    public static SurveyAnswer check(Map<String, String> entered, String comment, List<Long> valueIds) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        for (String key : entered.keySet()) {
            if (valueIds.stream().noneMatch(id -> id.toString().equals(key))) {
                errors.add(FieldError.of("ratings." + key, "survey.rating.unknown", key));
            }
        }
        for (Long valueId : valueIds) {
            String field = "ratings." + valueId;
            String text = stripped(entered.get(valueId.toString()));
            if (text == null) {
                errors.add(FieldError.of(field, "survey.rating.required"));
                continue;
            }
            Integer rating = text.matches("-?\\d{1,9}") ? Integer.valueOf(text) : null;
            if (rating == null || rating < MIN_RATING || rating > MAX_RATING) {
                errors.add(FieldError.of(field, "survey.rating.range", MIN_RATING, MAX_RATING));
            } else {
                ratings.put(valueId, rating);
            }
        }
        String kept = stripped(comment);
        if (kept != null && kept.length() > MAX_COMMENT_LENGTH) {
            errors.add(FieldError.of("comment", "survey.comment.tooLong", MAX_COMMENT_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SurveyAnswer(Map.copyOf(ratings), kept);
    }

    /** Whether a value was rated so low that the leader follows up with the customer. */
    public boolean needsFollowUp() {
        return ratings.values().stream().anyMatch(r -> r <= FOLLOW_UP_AT_OR_BELOW);
    }
}
