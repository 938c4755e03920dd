package com.salesculture.domain.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        Counted counted = Sql.ownTransaction(dataSource, "Could not count a request of " + subject, connection -> {
            boolean opened = Sql.updateOrInsert(connection, c -> Sql.execute(c,
                            "update request_window set hits = hits + 1 where subject = ? and window_minute = ?", subject, minute),
                    c -> Sql.execute(c, "insert into request_window (subject, window_minute, hits) values (?, ?, 1)",
                            subject, minute));
            return new Counted(opened ? 1 : read(connection, subject, minute), opened);
        });
        if (counted.opened()) {
            forgetBefore(minute - 1);
        }
        return counted.hits();
    }

    private record Counted(int hits, boolean opened) {
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
    private void forgetBefore(long minute) {
        try (Connection connection = dataSource.getConnection()) {
            Sql.execute(connection, "delete from request_window where window_minute < ?", minute);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Old request windows stay until the next minute", e);
        }
    }
}
