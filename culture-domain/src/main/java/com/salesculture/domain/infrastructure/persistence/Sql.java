package com.salesculture.domain.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain SQL on the transaction's connection, where JPA would work row by row or a reader must see
 * the rows themselves. Every call first flushes what the transaction changed through JPA, so the
 * statement sees it; a transaction that has not opened the persistence context has nothing to flush
 * ({@link PersistenceContextOpenings}). Instants go in and come out as {@code timestamp with time zone} in UTC, as
 * the {@link InstantConverter} writes them.
 */
final class Sql {

    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Several statements on one connection (batches, generated keys, a streamed read). */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final EntityManager entityManager;

    Sql(DataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    <T> List<T> query(String sql, Row<T> reader, Object... parameters) {
        return work("Query failed: " + sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        });
    }

    <T> Optional<T> first(String sql, Row<T> reader, Object... parameters) {
        return query(sql, reader, parameters).stream().findFirst();
    }

    long count(String sql, Object... parameters) {
        return query(sql, row -> row.getLong(1), parameters).get(0);
    }

    int update(String sql, Object... parameters) {
        return work("Update failed: " + sql, connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Runs {@code work} on the transaction's connection; {@code failure} says what could not be done. */
    <T> T work(String failure, Work<T> work) {
        if (PersistenceContextOpenings.openedInThisTransaction()) {
            entityManager.flush();
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /**
     * Runs {@code work} in a short transaction of its own on a connection of its own: counters that
     * every node shares, committed whatever becomes of the request. For callers outside the
     * container's transactions (a servlet filter, the sign-in), whose connections are not enlisted.
     */
    static <T> T ownTransaction(DataSource dataSource, String failure, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.on(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /**
     * Updates a row, or inserts it when there is none; when another transaction inserted it meanwhile,
     * updates that one. Answers whether this inserted it.
     */
    static boolean updateOrInsert(Connection connection, Work<Integer> update, Work<Integer> insert) throws SQLException {
        if (update.on(connection) > 0) {
            return false;
        }
        Savepoint before = connection.setSavepoint();
        try {
            insert.on(connection);
            return true;
        } catch (SQLException e) {
            if (!UniqueRules.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
            update.on(connection);
            return false;
        }
    }

    static int execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i] instanceof Instant instant ? utc(instant) : parameters[i]);
        }
        return statement;
    }

    /** Whether the connection is PostgreSQL's (else H2's), for the few things only one of them does. */
    static boolean postgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql");
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
