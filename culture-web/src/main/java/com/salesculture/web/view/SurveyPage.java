package com.salesculture.web.view;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.ExpiredException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.RefusedException;
import com.salesculture.workflow.application.survey.PublicSurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public survey behind a personal link ({@code /survey/<token>}): no account, in the customer's
 * language, a 1–5 rating per value and an optional comment; a used, expired or unknown link gets a
 * page that says so.
 */
@Named("surveyPage")
@ViewScoped
public class SurveyPage implements Serializable {

    /** What the link allows. */
    public enum State { OPEN, ANSWERED, USED, EXPIRED, UNKNOWN }

    @EJB
    private PublicSurveyService surveys;

    private String token;
    private State state = State.UNKNOWN;
    private SurveyViews.Survey survey;
    private List<Item> items = List.of();
    private String comment;
    private Map<String, String> fieldErrors = Map.of();

    public void load() {
        try {
            survey = surveys.survey(token);
            items = survey.values().stream().map(Item::new).toList();
            state = State.OPEN;
        } catch (NotFoundException | ConflictException | ExpiredException refused) {
            state = stateOf(refused);
            // the friendly page, with the status a link checker or a mail client's preview understands
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(state == State.UNKNOWN
                    ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        }
    }

    public void submit() {
        Map<String, String> ratings = new LinkedHashMap<>();
        items.forEach(item -> ratings.put(Long.toString(item.value.id()), item.rating));
        try {
            surveys.answer(token, ratings, comment);
            state = State.ANSWERED;
            fieldErrors = Map.of();
        } catch (InvalidInputException invalid) {
            fieldErrors = FacesMessages.placed(invalid, field -> field.startsWith("ratings.") || field.equals("comment"));
        } catch (NotFoundException | ConflictException | ExpiredException refused) {
            state = stateOf(refused);
        }
    }

    private static State stateOf(RefusedException refused) {
        return refused instanceof ConflictException ? State.USED : refused instanceof ExpiredException ? State.EXPIRED
                : State.UNKNOWN;
    }

    public String errorFor(Item item) {
        return fieldErrors.get("ratings." + item.value.id());
    }

    public String getCommentError() {
        return fieldErrors.get("comment");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public State getState() {
        return state;
    }

    public SurveyViews.Survey getSurvey() {
        return survey;
    }

    public List<Item> getItems() {
        return items;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** One value to rate. */
    public static class Item implements Serializable {

        private final SurveyViews.SurveyValue value;
        private String rating;

        Item(SurveyViews.SurveyValue value) {
            this.value = value;
        }

        public SurveyViews.SurveyValue getValue() {
            return value;
        }

        public String getRating() {
            return rating;
        }

        public void setRating(String rating) {
            this.rating = rating;
        }
    }
}
