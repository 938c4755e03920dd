package com.salesculture.domain.model.survey;

import com.salesculture.domain.model.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a programme measures: a cycle every {@code cadenceMonths}, open for {@code openDays}, a reminder
 * {@code reminderDays} before it closes, and no contact asked again within {@code fatigueDays}.
 */
@Embeddable
public class SurveySettings {

    @Column(name = "survey_cadence_months", nullable = false)
    private int cadenceMonths = 3;

    @Column(name = "survey_open_days", nullable = false)
    private int openDays = 21;

    @Column(name = "survey_reminder_days", nullable = false)
    private int reminderDays = 7;

    @Column(name = "survey_fatigue_days", nullable = false)
    private int fatigueDays = 60;

    /** The defaults: every 3 months, open 21 days, reminder 7 days before the close, 60 days' rest. */
    public SurveySettings() {
    }

    /** @throws com.salesculture.domain.model.shared.InvalidInputException naming each broken rule */
    public static SurveySettings of(Integer cadenceMonths, Integer openDays, Integer reminderDays, Integer fatigueDays) {
        Validation validation = new Validation()
                .require(cadenceMonths != null && cadenceMonths >= 1 && cadenceMonths <= 12, "cadenceMonths",
                        "survey.settings.range", 1, 12)
                .require(openDays != null && openDays >= 2 && openDays <= 60, "openDays", "survey.settings.range", 2, 60)
                .require(reminderDays != null && reminderDays >= 1 && (openDays == null || reminderDays < openDays),
                        "reminderDays", "survey.settings.reminder")
                .require(fatigueDays != null && fatigueDays >= 0 && fatigueDays <= 365, "fatigueDays",
                        "survey.settings.range", 0, 365);
        validation.throwIfInvalid();
        SurveySettings settings = new SurveySettings();
        settings.cadenceMonths = cadenceMonths;
        settings.openDays = openDays;
        settings.reminderDays = reminderDays;
        settings.fatigueDays = fatigueDays;
        return settings;
    }

    public int cadenceMonths() {
        return cadenceMonths;
    }

    public int openDays() {
        return openDays;
    }

    public int reminderDays() {
        return reminderDays;
    }

    public int fatigueDays() {
        return fatigueDays;
    }
}
