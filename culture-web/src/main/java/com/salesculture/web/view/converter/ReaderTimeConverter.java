package com.salesculture.web.view.converter;

import com.salesculture.domain.model.shared.UtcTime;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows an instant in the reader's time zone, to the minute and labelled ("2026-11-27 10:30 CET"). The
 * zone comes from the {@code tz} cookie that {@code js/timezone.js} sets from the browser; without one,
 * or with one Java does not know, UTC as everywhere else ("2026-11-27 09:30 UTC"). Exports and mails stay in UTC.
 */
@FacesConverter("readerTime")
public class ReaderTimeConverter implements Converter<Instant> {

    static final String COOKIE = "tz";

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        if (value == null) {
            return "";
        }
        ZoneId zone = readerZone(context);
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return UtcTime.minutes(value);
        }
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", context.getViewRoot().getLocale()).withZone(zone)
                .format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Instants are shown, not entered, with this converter.");
    }

    static ZoneId readerZone(FacesContext context) {
        Object cookie = context.getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie tz && tz.getValue() != null && tz.getValue().length() <= 64) {
            try {
                return ZoneId.of(URLDecoder.decode(tz.getValue(), StandardCharsets.UTF_8));
            } catch (DateTimeException | IllegalArgumentException unknown) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }
}
