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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import static com.salesculture.domain.model.shared.Validation.stripped;

/**
 * A programme's values charter (DESIGN §4): exactly three values with distinct names, each a
 * statement of at most 280 characters and 2 to 5 observable behaviours. Drafted by a sales leader,
 * approved by an executive ({@link Approval}); every active salesperson then acknowledges the
 * charter's version.
 */
@Entity
@Table(name = "values_charter")
public class ValuesCharter {

    public static final int VALUES = 3;
    public static final int MAX_NAME_LENGTH = 60;
    public static final int MAX_STATEMENT_LENGTH = 280;
    public static final int MIN_BEHAVIOURS = 2;
    public static final int MAX_BEHAVIOURS = 5;
    public static final int MAX_BEHAVIOUR_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "values_charter_seq", sequenceName = "values_charter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "values_charter_seq")
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    /** The version salespeople acknowledge. */
    @Column(name = "charter_version", nullable = false)
    private int charterVersion = 1;

    @Embedded
    private Approval approval = new Approval();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "charter_id", nullable = false)
    @OrderColumn(name = "position")
    private List<CultureValue> values = new ArrayList<>();

    @Version
    private long version;

    protected ValuesCharter() {
        // for JPA
    }

    public static ValuesCharter of(ProgramId programId) {
        ValuesCharter charter = new ValuesCharter();
        charter.programId = programId.value();
        return charter;
    }

    /**
     * Replaces the draft's values.
     *
     * @throws com.salesculture.domain.model.shared.ConflictException once submitted or approved
     * @throws InvalidInputException naming each broken rule ({@code values[2].behaviours[1]}); nothing changes
     */
    public void draft(List<ValueInput> inputs, String by) {
        approval.requireEditable();
        List<FieldError> errors = new ArrayList<>();
        List<ValueInput> given = inputs == null ? List.of() : inputs;
        if (given.size() != VALUES) {
            errors.add(FieldError.of("values", "values.count", VALUES, given.size()));
        }
        Map<String, Integer> firstOfName = new HashMap<>();
        List<CultureValue> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String prefix = "values[" + (i + 1) + "].";
            int before = errors.size();
            ValueInput input = given.get(i);
            String name = stripped(input.name());
            if (name == null || name.length() > MAX_NAME_LENGTH) {
                errors.add(FieldError.of(prefix + "name", "values.name.required", MAX_NAME_LENGTH));
            } else if (firstOfName.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1) != null) {
                errors.add(FieldError.of(prefix + "name", "values.name.repeated", name,
                        firstOfName.get(name.toLowerCase(Locale.ROOT))));
            }
            String statement = stripped(input.statement());
            if (statement == null || statement.length() > MAX_STATEMENT_LENGTH) {
                errors.add(FieldError.of(prefix + "statement", "values.statement.required", MAX_STATEMENT_LENGTH));
            }
            List<String> behaviours = new ArrayList<>();
            List<String> givenBehaviours = input.behaviours() == null ? List.of() : input.behaviours();
            for (int b = 0; b < givenBehaviours.size(); b++) {
                String behaviour = stripped(givenBehaviours.get(b));
                if (behaviour == null || behaviour.length() > MAX_BEHAVIOUR_LENGTH) {
                    errors.add(FieldError.of(prefix + "behaviours[" + (b + 1) + "]", "values.behaviour.invalid",
                            MAX_BEHAVIOUR_LENGTH));
                } else {
                    behaviours.add(behaviour);
                }
            }
            if (givenBehaviours.size() < MIN_BEHAVIOURS || givenBehaviours.size() > MAX_BEHAVIOURS) {
                errors.add(FieldError.of(prefix + "behaviours", "values.behaviours.count", MIN_BEHAVIOURS,
                        MAX_BEHAVIOURS));
            }
            if (errors.size() == before) {
                checked.add(new CultureValue(name, statement, behaviours));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        values.clear();
        values.addAll(checked);
        approval.drafted(by);
    }

    /** The sales leader hands the charter to the executives; it needs its three values. */
    public void submit(Instant now) {
        approval.requireEditable();
        if (values.size() != VALUES) {
            throw new InvalidInputException("values", "values.count", VALUES, values.size());
        }
        approval.submit(now);
    }

    public void approve(String by, Instant now) {
        approval.approve(by, now);
    }

    public void reject(String by, Instant now, String reason) {
        approval.reject(by, now, reason);
    }


    public Long id() {
        return id;
    }

    public ProgramId programId() {
        return new ProgramId(programId);
    }

    public int charterVersion() {
        return charterVersion;
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

    public List<CultureValue> values() {
        return List.copyOf(values);
    }
}
