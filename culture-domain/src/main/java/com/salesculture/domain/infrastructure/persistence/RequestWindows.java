package com.salesculture.domain.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Requests counted per subject and minute in the database, so that every node of a cluster counts
 * the same ones. Each count is its own short transaction, outside the caller's: the increment and
 * the read hold the subject's row lock together, so the count a request gets is exactly its own.
 */
@ApplicationScoped
public class RequestWindows {

    private static final Logger LOG = Logger.getLogger(RequestWindows.class.getName());

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    /** Adds one request of {@code subject} to {@code minute}; answers how many it has had in that minute. */
    public int add(String subject, long minute) {
        boolean opened;
        int hits;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                opened = increment(connection, subject, minute) == 0 && open(connection, subject, minute);
                hits = opened ? 1 : read(connection, subject, minute);
                connection.commit();
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
            if (opened) {
                forgetBefore(connection, minute - 1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a request of " + subject, e);
        }
        return hits;
    }

    private static int increment(Connection connection, String subject, long minute) throws SQLException {
        return update(connection, "update request_window set hits = hits + 1 where subject = ? and window_minute = ?", subject, minute);
    }

    /** The subject's first request this minute; false if another node's came first (then count on it). */
    private static boolean open(Connection connection, String subject, long minute) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            update(connection, "insert into request_window (subject, window_minute, hits) values (?, ?, 1)", subject, minute);
            return true;
        } catch (SQLException e) {
            if (!UniqueRules.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
            increment(connection, subject, minute);
            return false;
        }
    }

    private static int read(Connection connection, String subject, long minute) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection,
                "select hits from request_window where subject = ? and window_minute = ?", subject, minute);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Windows that are over are of no use; a failure here costs nothing but a retry by the next minute. */
    private static void forgetBefore(Connection connection, long minute) {
        try {
            update(connection, "delete from request_window where window_minute < ?", minute);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Old request windows stay until the next minute", e);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }
}
