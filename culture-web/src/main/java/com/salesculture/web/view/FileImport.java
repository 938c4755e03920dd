package com.salesculture.web.view;

import com.salesculture.domain.model.shared.InvalidInputException;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.event.FileUploadEvent;

/**
 * What a page shows of a CSV file a person uploaded: the count imported, or the file's errors line by
 * line (the first 50, and how many more), or why it was refused as a whole.
 */
public final class FileImport implements Serializable {

    private static final int SHOWN_ERRORS = 50;

    private List<String> errors = List.of();
    private int moreErrors;

    /**
     * @param importer    reads the file and imports all its rows or none; returns how many
     * @param importedKey the page message for a success ({0} rows from file {1})
     */
    void run(FileUploadEvent event, Function<byte[], Integer> importer, String importedKey) {
        errors = List.of();
        moreErrors = 0;
        String file = event.getFile().getFileName();
        try {
            int imported = importer.apply(event.getFile().getContent());
            FacesMessages.info(Texts.text(importedKey, imported, file));
        } catch (InvalidInputException invalid) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            List<String> messages = invalid.errors().stream().map(error -> error.message().in(locale)).toList();
            FacesMessages.error(Texts.text("people.import.refused", file));
            errors = messages.subList(0, Math.min(messages.size(), SHOWN_ERRORS));
            moreErrors = messages.size() - errors.size();
        }
    }

    public List<String> getErrors() {
        return errors;
    }

    public int getMoreErrors() {
        return moreErrors;
    }
}
