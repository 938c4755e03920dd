package com.salesculture.web.view;

import com.salesculture.workflow.application.survey.PublicSurveyService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of the survey page: the customer's (from the link's {@code token} parameter, which the
 * form sends back too); for an unknown link the browser's (German or English). It is known before
 * the view exists, unlike the page.
 */
@Named("surveyLocale")
@RequestScoped
public class SurveyLocale {

    @EJB
    private PublicSurveyService surveys;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
            String language = surveys.language(token);
            Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = language != null ? Locale.forLanguageTag(language)
                    : browser != null && browser.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
        }
        return locale;
    }
}
