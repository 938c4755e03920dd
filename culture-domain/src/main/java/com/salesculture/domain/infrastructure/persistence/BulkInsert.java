package com.salesculture.domain.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.List;

/**
 * Many new rows of one table in one transaction (an import, a cycle's invitations): on PostgreSQL the
 * table is then analysed, so that the planner plans for its new size. Without that a statement
 * prepared while the table was small kept its plan: the import's lookup by email read the whole table
 * for each of its lists, and each import of 20,000 contacts took 10 s longer than the one before,
 * until autovacuum analysed the table (never, where it is off).
 */
final class BulkInsert {

    /** Write this many rows at a time. */
    private static final int STEP = 500;

    /** Fewer new rows than this leave the table's statistics to autovacuum. */
    private static final int ANALYZE_FROM = 1000;

    private BulkInsert() {
    }

    /** Persists the entities, written in steps so that they reach the database as they go. */
    static <T> void persistAll(EntityManager entityManager, List<T> entities, String table) {
        for (int i = 0; i < entities.size(); i++) {
            entityManager.persist(entities.get(i));
            if ((i + 1) % STEP == 0) {
                entityManager.flush();
            }
        }
        entityManager.flush();
        inserted(entityManager, table, entities.size());
    }

    /** After {@code rows} new rows of {@code table}, written in this transaction. */
    static void inserted(EntityManager entityManager, String table, int rows) {
        if (rows >= ANALYZE_FROM && postgresql(entityManager)) {
            // only the table's owner may: another role gets a warning, not an error
            entityManager.createNativeQuery("analyze " + table).executeUpdate();
        }
    }

    /** Whether the transaction's connection (the flush has taken it; not ours to close) is PostgreSQL's. */
    private static boolean postgresql(EntityManager entityManager) {
        try {
            return Sql.postgresql(entityManager.unwrap(java.sql.Connection.class));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's name", e);
        }
    }
}
