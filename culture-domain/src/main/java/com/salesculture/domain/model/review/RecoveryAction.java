package com.salesculture.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One coaching action of a recovery plan: what, who owns it, by when. */
@Embeddable
public class RecoveryAction {

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    protected RecoveryAction() {
        // for JPA
    }

    public RecoveryAction(String description, String owner, LocalDate due) {
        this.description = description;
        this.owner = owner;
        this.due = due;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate due() {
        return due;
    }
}
