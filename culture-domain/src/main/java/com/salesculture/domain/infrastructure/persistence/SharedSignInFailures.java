package com.salesculture.domain.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Failed sign-ins in a row counted in the database, so that every node of a cluster meets the same
 * count. Each change is its own short transaction, outside the caller's: the increment and the read
 * hold the subject's row lock together, so two nodes counting at once never lose a failure.
 */
@ApplicationScoped
public class SharedSignInFailures implements SignInFailures {

    /** Subjects longer than this are stored by their hash: a name is whatever a caller sends. */
    private static final int LONGEST_SUBJECT = 200;
    private static final Logger LOG = Logger.getLogger(SharedSignInFailures.class.getName());

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    @Override
    public Map<String, Count> of(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        List<String> keys = subjects.stream().map(SharedSignInFailures::key).toList();
        Map<String, Count> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = Sql.prepare(connection, "select subject, failures, last_failed_at"
                     + " from sign_in_failure where subject in (" + "?, ".repeat(keys.size() - 1) + "?)", keys.toArray());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), new Count(rows.getInt(2), Sql.instant(rows, 3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sign-in failures of " + subjects, e);
        }
        Map<String, Count> bySubject = new LinkedHashMap<>();
        subjects.forEach(subject -> {
            Count count = counts.get(key(subject));
            if (count != null) {
                bySubject.put(subject, count);
            }
        });
        return bySubject;
    }

    @Override
    public Count add(String subject, Instant now, Instant startsAgainBefore) {
        String key = key(subject);
        Counted counted = Sql.ownTransaction(dataSource, "Could not count a failed sign-in of " + subject, connection -> {
            boolean opened = Sql.updateOrInsert(connection, c -> Sql.execute(c, "update sign_in_failure set failures ="
                            + " case when last_failed_at < ? then 1 else failures + 1 end, last_failed_at = ? where subject = ?",
                            startsAgainBefore, now, key),
                    c -> Sql.execute(c, "insert into sign_in_failure (subject, failures, last_failed_at) values (?, 1, ?)",
                            key, now));
            try (PreparedStatement statement = Sql.prepare(connection,
                    "select failures, last_failed_at from sign_in_failure where subject = ?", key);
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return new Counted(new Count(row.getInt(1), Sql.instant(row, 2)), opened);
            }
        });
        if (counted.opened()) {
            forget(startsAgainBefore);
        }
        return counted.count();
    }

    private record Counted(Count count, boolean opened) {
    }

    @Override
    public void clear(String subject) {
        try (Connection connection = dataSource.getConnection()) {
            Sql.execute(connection, "delete from sign_in_failure where subject = ?", key(subject));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clear the sign-in failures of " + subject, e);
        }
    }

    /** Counts that would start again anyway are of no use; a failure here costs nothing but a later retry. */
    private void forget(Instant before) {
        try (Connection connection = dataSource.getConnection()) {
            Sql.execute(connection, "delete from sign_in_failure where last_failed_at < ?", before);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Old sign-in failures stay until the next new subject", e);
        }
    }

    private static String key(String subject) {
        if (subject.length() <= LONGEST_SUBJECT) {
            return subject;
        }
        try {
            return "sha-256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
