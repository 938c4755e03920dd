package com.salesculture.web.view;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the message bundle ({@code msg}) in the language of the current view. */
public final class Texts {

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }
}
