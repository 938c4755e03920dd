package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.exit.ExitEvidence;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps an exit case's evidence as JSON text, named as {@link ExitEvidence}'s components are. */
@Converter(autoApply = true)
public class ExitEvidenceConverter implements AttributeConverter<ExitEvidence, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(ExitEvidence evidence) {
        return evidence == null ? null : JSON.toJson(evidence);
    }

    @Override
    public ExitEvidence convertToEntityAttribute(String json) {
        return json == null ? null : JSON.fromJson(json, ExitEvidence.class);
    }
}
