package com.salesculture.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the transaction's pending changes now instead of at commit: after an edit, the revision a
 * view reports (and an ETag carries) is then the one stored, so the editor's next save is not stale.
 */
@ApplicationScoped
public class PendingChanges {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    /** Writes now; a race lost at an "only one" rule is its conflict (see {@link UniqueRules}). */
    public void write() {
        UniqueRules.write(entityManager);
    }
}
