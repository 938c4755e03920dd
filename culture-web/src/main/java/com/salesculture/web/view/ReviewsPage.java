package com.salesculture.web.view;

import com.salesculture.domain.model.review.RecoveryPlanInput;
import com.salesculture.workflow.application.review.ReviewService;
import com.salesculture.workflow.application.review.ReviewViews;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * Performance reviews: the list (a salesperson sees their own), and one review with its scores, the
 * recommendation and the rule behind it, the recovery plan, and the step waiting now: confirm or
 * override (sales leaders), draft the plan (sales leaders), acknowledge (the salesperson).
 */
@Named("reviewsPage")
@ViewScoped
public class ReviewsPage implements Serializable {

    @EJB
    private ReviewService reviews;

    private Long id;
    private final LazyDataModel<ReviewViews.Summary> list = new PagedTable<>(
            (page, sortBy, filterBy) -> reviews.list(null, null, page), summary -> Long.toString(summary.id()));
    private ReviewViews.Detail review;
    private String decision = "CONFIRM";
    private String outcome;
    private String reason;
    private String comment;
    private final List<ActionRow> actions = new ArrayList<>();
    private final List<CriterionRow> criteria = new ArrayList<>();

    /** An editable coaching action. */
    public static class ActionRow implements Serializable {
        private String description;
        private String owner;
        private LocalDate due;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    /** A value of the charter and the consistency it must reach (blank: not targeted). */
    public static class CriterionRow implements Serializable {
        private final long valueId;
        private final String value;
        private BigDecimal minConsistency;

        CriterionRow(long valueId, String value, BigDecimal minConsistency) {
            this.valueId = valueId;
            this.value = value;
            this.minConsistency = minConsistency;
        }

        public String getValue() {
            return value;
        }

        public BigDecimal getMinConsistency() {
            return minConsistency;
        }

        public void setMinConsistency(BigDecimal minConsistency) {
            this.minConsistency = minConsistency;
        }
    }

    public void load() {
        if (id != null) {
            show(reviews.get(id));
        }
    }

    private void show(ReviewViews.Detail detail) {
        review = detail;
        actions.clear();
        criteria.clear();
        Map<Long, BigDecimal> targets = new HashMap<>();
        if (detail.plan() != null) {
            detail.plan().actions().forEach(action -> {
                ActionRow row = new ActionRow();
                row.description = action.description();
                row.owner = action.owner();
                row.due = action.due();
                actions.add(row);
            });
            detail.plan().criteria().forEach(c -> targets.put(c.valueId(), c.minConsistency()));
        }
        if (actions.isEmpty()) {
            actions.add(new ActionRow());
        }
        detail.scores().forEach(score -> criteria.add(new CriterionRow(score.valueId(), score.value(),
                targets.get(score.valueId()))));
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void confirm() {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        if ("OVERRIDE".equals(decision)) {
            form.put("outcome", outcome);
            form.put("reason", reason);
        }
        act(() -> reviews.confirm(id, form), "reviews.confirmed");
    }

    public void savePlan() {
        act(() -> reviews.savePlan(id, planInput()), "reviews.plan.saved");
    }

    public void submitPlan() {
        act(() -> {
            reviews.savePlan(id, planInput());
            return reviews.submitPlan(id);
        }, "reviews.plan.opened");
    }

    public void acknowledge() {
        act(() -> reviews.acknowledge(id, comment), "reviews.acknowledged");
    }

    private RecoveryPlanInput planInput() {
        return new RecoveryPlanInput(
                actions.stream().filter(row -> row.description != null || row.owner != null || row.due != null)
                        .map(row -> new RecoveryPlanInput.Action(row.description, row.owner, row.due)).toList(),
                criteria.stream().filter(row -> row.minConsistency != null)
                        .map(row -> new RecoveryPlanInput.Criterion(row.valueId, row.minConsistency)).toList());
    }

    private void act(java.util.function.Supplier<ReviewViews.Detail> step, String done) {
        show(step.get());
        FacesMessages.info(Texts.text(done));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LazyDataModel<ReviewViews.Summary> getList() {
        return list;
    }

    public ReviewViews.Detail getReview() {
        return review;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }
}
