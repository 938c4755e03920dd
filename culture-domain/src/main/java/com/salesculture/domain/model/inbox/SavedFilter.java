package com.salesculture.domain.model.inbox;

import com.salesculture.domain.model.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An inbox filter a person saved under a name: the same criteria as the inbox page and
 * {@code GET /api/tasks} (scope, process, programme, due, candidate group, text).
 */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

    public static final int MAX_NAME_LENGTH = 60;

    @Id
    @SequenceGenerator(name = "saved_filter_seq", sequenceName = "saved_filter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
    private Long id;

    @Column(nullable = false)
    private String owner;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private String scope;

    @Column(name = "process_key")
    private String processKey;

    @Column(name = "program_id")
    private Long programId;

    private String due;

    @Column(name = "candidate_group")
    private String candidateGroup;

    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedFilter() {
        // for JPA
    }

    /**
     * A person saves the inbox's current criteria (already checked as a task search) under a name of
     * their own.
     *
     * @throws com.salesculture.domain.model.shared.InvalidInputException naming each broken rule
     */
    public static SavedFilter save(String owner, String name, String scope, String processKey, Long programId,
                                   String due, String candidateGroup, String text, Instant now) {
        new Validation()
                .require(name != null && !name.isBlank(), "name", "filter.name.required")
                .require(name == null || name.strip().length() <= MAX_NAME_LENGTH, "name",
                        "filter.name.tooLong", MAX_NAME_LENGTH)
                .throwIfInvalid();
        SavedFilter filter = new SavedFilter();
        filter.owner = Objects.requireNonNull(owner);
        filter.name = name.strip();
        filter.scope = Objects.requireNonNull(scope);
        filter.processKey = processKey;
        filter.programId = programId;
        filter.due = due;
        filter.candidateGroup = candidateGroup;
        filter.text = text == null || text.isBlank() ? null : text.strip();
        filter.createdAt = Objects.requireNonNull(now);
        return filter;
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String scope() {
        return scope;
    }

    public String processKey() {
        return processKey;
    }

    public Long programId() {
        return programId;
    }

    public String due() {
        return due;
    }

    public String candidateGroup() {
        return candidateGroup;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
