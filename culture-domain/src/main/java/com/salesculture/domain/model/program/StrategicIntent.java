package com.salesculture.domain.model.program;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.StaleVersionException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import static com.salesculture.domain.model.shared.Validation.stripped;

/**
 * A programme's strategic intent, translated into 1 to 5 specific sales deliverables (DESIGN §4):
 * each names what moves, from a baseline to a different target, in a unit, by a date inside the
 * programme's horizon, for a named customer group, carried by at least one team. A sales leader
 * drafts it; an executive approves it, or rejects it with a reason and it returns for rework.
 * Only a draft or a rejected intent can be changed ({@link Approval}).
 */
@Entity
@Table(name = "strategic_intent")
public class StrategicIntent {

    public static final int MAX_DELIVERABLES = 5;
    public static final int MAX_STATEMENT_LENGTH = 2000;
    public static final int MIN_METRIC_LENGTH = 10;
    public static final int MAX_METRIC_LENGTH = 300;
    public static final int MAX_UNIT_LENGTH = 30;
    public static final int MAX_GROUP_LENGTH = 200;
    /** Statements that name no measurable change (DESIGN §1: "be the best", "grow"). */
    private static final Set<String> VAGUE = Set.of("be the best", "grow", "grow revenue", "sell more", "improve",
            "do better", "increase sales", "more sales", "win", "be number one", "be number 1");

    @Id
    @SequenceGenerator(name = "strategic_intent_seq", sequenceName = "strategic_intent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "strategic_intent_seq")
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    private String statement;

    @Embedded
    private Approval approval = new Approval();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "intent_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Deliverable> deliverables = new ArrayList<>();

    @Version
    private long version;

    protected StrategicIntent() {
        // for JPA
    }

    /** The empty draft a programme starts with. */
    public static StrategicIntent of(ProgramId programId) {
        StrategicIntent intent = new StrategicIntent();
        intent.programId = programId.value();
        return intent;
    }

    /**
     * Replaces the statement and deliverables of a draft (or of a rejected intent, under rework).
     *
     * @param horizon the programme's days: every due date falls inside them
     * @param teams   ids of the existing teams
     * @throws ConflictException     once the intent is submitted or approved
     * @throws InvalidInputException naming each broken rule ({@code deliverables[2].target}); nothing changes
     */
    public void draft(String newStatement, List<DeliverableInput> inputs, String by, Horizon horizon,
                      Set<Long> teams) {
        approval.requireEditable();
        List<FieldError> errors = new ArrayList<>();
        String text = newStatement == null || newStatement.isBlank() ? null : newStatement.strip();
        if (text != null && text.length() > MAX_STATEMENT_LENGTH) {
            errors.add(FieldError.of("statement", "intent.statement.tooLong", MAX_STATEMENT_LENGTH));
        }
        List<DeliverableInput> given = inputs == null ? List.of() : inputs;
        if (given.isEmpty() || given.size() > MAX_DELIVERABLES) {
            errors.add(FieldError.of("deliverables", "intent.deliverables.count", MAX_DELIVERABLES));
        }
        List<Deliverable> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Deliverable deliverable = check(given.get(i), "deliverables[" + (i + 1) + "].", horizon, teams, errors);
            if (deliverable != null) {
                checked.add(deliverable);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        statement = text;
        deliverables.clear();
        deliverables.addAll(checked);
        approval.drafted(by);
    }

    /** The sales leader hands the intent to the executives; it needs its deliverables. */
    public void submit(Instant now) {
        approval.requireEditable();
        if (deliverables.isEmpty()) {
            throw new InvalidInputException("deliverables", "intent.deliverables.count", MAX_DELIVERABLES);
        }
        approval.submit(now);
    }

    public void approve(String by, Instant now) {
        approval.approve(by, now);
    }

    /** Back to the drafter, with the reason they will see. */
    public void reject(String by, Instant now, String reason) {
        approval.reject(by, now, reason);
    }

    private static Deliverable check(DeliverableInput input, String prefix, Horizon horizon, Set<Long> teams,
                                     List<FieldError> errors) {
        int before = errors.size();
        DeliverableKind kind = null;
        if (input.kind() == null || input.kind().isBlank()) {
            errors.add(FieldError.of(prefix + "kind", "intent.kind.required"));
        } else {
            kind = Arrays.stream(DeliverableKind.values()).filter(k -> k.name().equals(input.kind().strip()))
                    .findFirst().orElse(null);
            if (kind == null) {
                errors.add(FieldError.of(prefix + "kind", "intent.kind.unknown", String.join(", ",
                        Arrays.stream(DeliverableKind.values()).map(Enum::name).toList())));
            }
        }
        String metric = stripped(input.metric());
        if (metric == null) {
            errors.add(FieldError.of(prefix + "metric", "intent.metric.required"));
        } else if (VAGUE.contains(metric.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip())
                || metric.length() < MIN_METRIC_LENGTH) {
            errors.add(FieldError.of(prefix + "metric", "intent.metric.vague", metric, MIN_METRIC_LENGTH));
        } else if (metric.length() > MAX_METRIC_LENGTH) {
            errors.add(FieldError.of(prefix + "metric", "intent.metric.tooLong", MAX_METRIC_LENGTH));
        }
        if (input.baseline() == null) {
            errors.add(FieldError.of(prefix + "baseline", "intent.baseline.required"));
        }
        if (input.target() == null) {
            errors.add(FieldError.of(prefix + "target", "intent.target.required"));
        } else if (input.baseline() != null && input.target().compareTo(input.baseline()) == 0) {
            errors.add(FieldError.of(prefix + "target", "intent.target.unchanged"));
        }
        String unit = stripped(input.unit());
        if (unit == null || unit.length() > MAX_UNIT_LENGTH) {
            errors.add(FieldError.of(prefix + "unit", "intent.unit.required", MAX_UNIT_LENGTH));
        }
        if (input.dueDate() == null) {
            errors.add(FieldError.of(prefix + "dueDate", "intent.dueDate.required"));
        } else if (!horizon.contains(input.dueDate())) {
            errors.add(FieldError.of(prefix + "dueDate", "intent.dueDate.outsideHorizon", horizon.first().toString(),
                    horizon.last().toString()));
        }
        String group = stripped(input.customerGroup());
        if (group == null || group.length() > MAX_GROUP_LENGTH) {
            errors.add(FieldError.of(prefix + "customerGroup", "intent.customerGroup.required", MAX_GROUP_LENGTH));
        }
        List<Long> carriers = input.teams() == null ? List.of() : input.teams().stream().distinct().toList();
        if (carriers.isEmpty()) {
            errors.add(FieldError.of(prefix + "teams", "intent.teams.required"));
        } else if (!teams.containsAll(carriers)) {
            errors.add(FieldError.of(prefix + "teams", "intent.teams.unknown", carriers.stream()
                    .filter(team -> !teams.contains(team)).map(String::valueOf).toList().toString()));
        }
        return errors.size() > before ? null : new Deliverable(kind, metric, input.baseline(), input.target(), unit,
                input.dueDate(), group, carriers);
    }


    public Long id() {
        return id;
    }

    public ProgramId programId() {
        return new ProgramId(programId);
    }

    public String statement() {
        return statement;
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

    public List<Deliverable> deliverables() {
        return List.copyOf(deliverables);
    }
}
