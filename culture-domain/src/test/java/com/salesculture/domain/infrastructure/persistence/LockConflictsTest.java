package com.salesculture.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LockConflictsTest {

    @Test
    void aLockGivenUpOnIsFoundWhereverItIsWrapped() {
        assertThat(LockConflicts.among(new SQLException("Timeout trying to lock table", "HYT00"))).as("H2's lock timeout").isTrue();
        assertThat(LockConflicts.among(new PersistenceException(new SQLException("canceling statement due to lock timeout", "55P03"))))
                .as("PostgreSQL's, wrapped").isTrue();
        assertThat(LockConflicts.among(new RuntimeException(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(LockConflicts.among(new PessimisticLockException())).isTrue();

        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("Deadlock detected", "40001"));
        assertThat(LockConflicts.among(batch)).as("the next exception of a batch").isTrue();

        IllegalStateException rolledBack = new IllegalStateException("ARJUNA016053: Could not commit transaction");
        rolledBack.addSuppressed(new PersistenceException(new SQLException("Timeout trying to lock table", "HYT00")));
        assertThat(LockConflicts.among(rolledBack)).as("thrown while the transaction committed").isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(LockConflicts.among(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(LockConflicts.among(new PersistenceException("connection refused", new SQLException("refused", "08001")))).isFalse();
        assertThat(LockConflicts.among(new IllegalStateException())).isFalse();
        assertThat(LockConflicts.among(null)).isFalse();
        RuntimeException one = new RuntimeException();
        RuntimeException other = new RuntimeException(one);
        one.addSuppressed(other);
        assertThat(LockConflicts.among(other)).as("failures that wrap each other").isFalse();
        SQLException first = new SQLException("first", "XX000");
        SQLException second = new SQLException("second", "XX001");
        first.setNextException(second);
        second.setNextException(first);
        assertThat(LockConflicts.among(first)).as("next exceptions that lead back").isFalse();
    }
}
