package com.salesculture.web.view.converter;

import com.salesculture.domain.model.shared.UtcTime;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;

/** Shows instants the way the whole product does: UTC, to the minute ("2026-11-27 09:30 UTC"). */
@FacesConverter("utcInstant")
public class UtcInstantConverter implements Converter<Instant> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : UtcTime.minutes(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Instants are shown, not entered, with this converter.");
    }
}
