package com.salesculture.domain.model.program;

import com.salesculture.domain.model.pay.PayCadence;
import com.salesculture.domain.model.pay.PayPeriod;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.StaleVersionException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a programme's compensation plan (DESIGN §4): a variable share of pay above 0, a
 * share of that variable pay tied to the values, a weight per approved value (each above 0, together
 * 100 %) and an effective date. HR and Finance review it in parallel (either may reject with a
 * reason), then an executive approves ({@link Approval}). An approved version is immutable.
 */
@Entity
@Table(name = "comp_plan")
public class CompPlan {

    public static final BigDecimal HUNDRED = new BigDecimal("100");
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** The consistency a value must reach in a pay period to count in full, unless the plan says otherwise. */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.80");
    private static final BigDecimal LOWEST_THRESHOLD = new BigDecimal("0.50");

    /** Who reviews before the executive decides. */
    public enum Reviewer { HR, FINANCE }

    @Id
    @SequenceGenerator(name = "comp_plan_seq", sequenceName = "comp_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comp_plan_seq")
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private int planVersion;

    private String description;

    @Column(name = "variable_share")
    private BigDecimal variableShare;

    @Column(name = "values_share")
    private BigDecimal valuesShare;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_period", nullable = false)
    private PayCadence payPeriod = PayCadence.QUARTER;

    @Column(name = "values_threshold", nullable = false, precision = 3, scale = 2)
    private BigDecimal valuesThreshold = DEFAULT_THRESHOLD;

    /** Whether each cycle's publication names, per value, the salespeople whose customers saw it most consistently. */
    @Column(nullable = false)
    private boolean recognition;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_value_weight", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "value_name")
    @Column(name = "weight")
    private Map<String, BigDecimal> weights = new LinkedHashMap<>();

    @Embedded
    private Approval approval = new Approval();

    @Column(name = "hr_review")
    private String hrReview;

    @Column(name = "hr_reviewer")
    private String hrReviewer;

    @Column(name = "hr_reason")
    private String hrReason;

    @Column(name = "finance_review")
    private String financeReview;

    @Column(name = "finance_reviewer")
    private String financeReviewer;

    @Column(name = "finance_reason")
    private String financeReason;

    @Version
    private long version;

    protected CompPlan() {
        // for JPA
    }

    /** Version {@code planVersion} of the programme's plan, as an empty draft. */
    public static CompPlan of(ProgramId programId, int planVersion) {
        CompPlan plan = new CompPlan();
        plan.programId = programId.value();
        plan.planVersion = planVersion;
        return plan;
    }

    /** The next version, starting from this one's content. */
    public CompPlan nextVersion() {
        CompPlan next = of(programId(), planVersion + 1);
        next.description = description;
        next.variableShare = variableShare;
        next.valuesShare = valuesShare;
        next.weights = new LinkedHashMap<>(weights);
        next.effectiveDate = effectiveDate;
        next.payPeriod = payPeriod;
        next.valuesThreshold = valuesThreshold;
        next.recognition = recognition;
        return next;
    }

    /**
     * Replaces the draft's content.
     *
     * @param values the approved values' names: the plan weighs exactly these
     * @throws com.salesculture.domain.model.shared.ConflictException once submitted or approved
     * @throws InvalidInputException naming each broken rule; nothing changes
     */
    public void draft(PlanInput input, List<String> values, LocalDate today, String by) {
        approval.requireEditable();
        List<FieldError> errors = new ArrayList<>();
        if (input.description() != null && input.description().strip().length() > MAX_DESCRIPTION_LENGTH) {
            errors.add(FieldError.of("description", "plan.description.tooLong", MAX_DESCRIPTION_LENGTH));
        }
        if (!percent(input.variableShare())) {
            errors.add(FieldError.of("variableShare", "plan.variableShare.range"));
        }
        if (!percent(input.valuesShare())) {
            errors.add(FieldError.of("valuesShare", "plan.valuesShare.range"));
        }
        Map<String, BigDecimal> given = input.weights() == null ? Map.of() : input.weights();
        Set<String> expected = new TreeSet<>(values);
        if (values.isEmpty()) {
            errors.add(FieldError.of("weights", "plan.values.notApproved"));
        } else if (!given.keySet().equals(expected)) {
            errors.add(FieldError.of("weights", "plan.weights.values", String.join(", ", expected)));
        } else {
            given.forEach((value, weight) -> {
                if (weight == null || weight.signum() <= 0) {
                    errors.add(FieldError.of("weights[" + value + "]", "plan.weight.positive"));
                }
            });
            BigDecimal sum = given.values().stream().filter(w -> w != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                errors.add(FieldError.of("weights", "plan.weights.sum", sum.stripTrailingZeros().toPlainString()));
            }
        }
        if (input.effectiveDate() == null || input.effectiveDate().isBefore(today)) {
            errors.add(FieldError.of("effectiveDate", "plan.effectiveDate.required"));
        }
        PayCadence cadence = input.payPeriod() == null || input.payPeriod().isBlank() ? PayCadence.QUARTER
                : PayCadence.parse(input.payPeriod()).orElse(null);
        if (cadence == null) {
            errors.add(FieldError.of("payPeriod", "plan.payPeriod.invalid"));
        }
        BigDecimal threshold = input.valuesThreshold() == null ? DEFAULT_THRESHOLD : input.valuesThreshold();
        if (threshold.compareTo(LOWEST_THRESHOLD) < 0 || threshold.compareTo(BigDecimal.ONE) > 0 || threshold.scale() > 2) {
            errors.add(FieldError.of("valuesThreshold", "plan.valuesThreshold.range"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        variableShare = input.variableShare();
        valuesShare = input.valuesShare();
        weights = new LinkedHashMap<>(given);
        effectiveDate = input.effectiveDate();
        payPeriod = cadence;
        valuesThreshold = threshold.setScale(2);
        recognition = Boolean.TRUE.equals(input.recognition());
        approval.drafted(by);
    }

    /** The drafter hands the plan to HR and Finance; it needs its content. */
    public void submit(Instant now) {
        approval.requireEditable();
        if (variableShare == null) {
            throw new InvalidInputException("variableShare", "plan.variableShare.range");
        }
        hrReview = null;
        financeReview = null;
        approval.submit(now);
    }

    /** HR's or Finance's review; a rejection needs a reason. */
    public void review(Reviewer reviewer, boolean approved, String by, String reason) {
        if (approval.status() != ApprovalStatus.SUBMITTED) {
            throw new ConflictException("approval.notSubmitted", approval.status().name());
        }
        String outcome = approved ? "APPROVED" : "REJECTED";
        if (reviewer == Reviewer.HR) {
            hrReview = outcome;
            hrReviewer = by;
            hrReason = reason;
        } else {
            financeReview = outcome;
            financeReviewer = by;
            financeReason = reason;
        }
    }

    /** Both reviews are in and both approve. */
    public boolean reviewsPassed() {
        return "APPROVED".equals(hrReview) && "APPROVED".equals(financeReview);
    }

    /** After the reviews: a rejection by HR or Finance returns the plan to its drafter with their reasons. */
    public void returnFromReview(Instant now) {
        List<String> reasons = new ArrayList<>();
        if ("REJECTED".equals(hrReview)) {
            reasons.add("HR (" + hrReviewer + "): " + hrReason);
        }
        if ("REJECTED".equals(financeReview)) {
            reasons.add("Finance (" + financeReviewer + "): " + financeReason);
        }
        approval.reject(String.join(", ", List.of(hrReviewer, financeReviewer)), now, String.join(" ", reasons));
    }

    public void approve(String by, Instant now) {
        approval.approve(by, now);
    }

    public void reject(String by, Instant now, String reason) {
        approval.reject(by, now, reason);
    }

    private static boolean percent(BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(HUNDRED) <= 0;
    }

    public Long id() {
        return id;
    }

    public ProgramId programId() {
        return new ProgramId(programId);
    }

    public int planVersion() {
        return planVersion;
    }

    public String description() {
        return description;
    }

    public BigDecimal variableShare() {
        return variableShare;
    }

    public BigDecimal valuesShare() {
        return valuesShare;
    }

    public Map<String, BigDecimal> weights() {
        return Map.copyOf(weights);
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public PayCadence payPeriod() {
        return payPeriod;
    }

    public BigDecimal valuesThreshold() {
        return valuesThreshold;
    }

    public boolean recognition() {
        return recognition;
    }

    /** Of a programme's versions (oldest first), the newest approved one: the one salespeople are paid by. */
    public static Optional<CompPlan> inForce(List<CompPlan> versions) {
        return versions.stream().filter(plan -> plan.approval.status() == ApprovalStatus.APPROVED).reduce((older, newer) -> newer);
    }

    /** The pay period of this plan's that contains the day, or the first if the plan is not yet in effect. */
    public PayPeriod periodOn(LocalDate day) {
        PayPeriod period = PayPeriod.of(effectiveDate, payPeriod, 1);
        while (!day.isBefore(period.end())) {
            period = period.next(effectiveDate);
        }
        return period;
    }

    /** Grows with every stored change: what an editor read is compared with it (ETag, the page's hidden field). */
    public long revision() {
        return version;
    }

    /**
     * Before an edit: the editor read revision {@code seen} (null: they did not say).
     *
     * @throws StaleVersionException when it changed since, naming who changed it
     */
    public void requireSeen(Long seen) {
        StaleVersionException.requireSeen(version, seen, approval.draftedBy());
    }

    public Approval approval() {
        return approval;
    }

    public String hrReview() {
        return hrReview;
    }

    public String hrReviewer() {
        return hrReviewer;
    }

    public String hrReason() {
        return hrReason;
    }

    public String financeReview() {
        return financeReview;
    }

    public String financeReviewer() {
        return financeReviewer;
    }

    public String financeReason() {
        return financeReason;
    }
}
