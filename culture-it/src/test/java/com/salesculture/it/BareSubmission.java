package com.salesculture.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** The survey benchmark's ceilings store an answer with this: public, as the ceiling's web module calls it. */
public final class BareSubmission {

    private BareSubmission() {
    }

    /**
     * A submission's statements as plain JDBC on the caller's transaction: the link's lookup, the
     * guarded update (answers once), the response, the ratings in one batch. False when the link is
     * unknown or answered already.
     */
    public static boolean store(Connection connection, String tokenHash, Map<Long, Integer> ratings, String comment)
            throws SQLException {
        long invitation;
        long cycle;
        long salesperson;
        try (PreparedStatement lookup = connection.prepareStatement("select i.id, i.cycle_id, i.salesperson_id,"
                + " c.name, i.language, i.responded_at from survey_link l join survey_invitation i on i.id = l.invitation_id"
                + " join customer_contact c on c.id = i.customer_id where l.token_hash = ?")) {
            lookup.setString(1, tokenHash);
            try (ResultSet row = lookup.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                invitation = row.getLong(1);
                cycle = row.getLong(2);
                salesperson = row.getLong(3);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement claim = connection.prepareStatement(
                "update survey_invitation set responded_at = ? where id = ? and responded_at is null")) {
            claim.setObject(1, now);
            claim.setLong(2, invitation);
            if (claim.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement response = connection.prepareStatement("insert into survey_response"
                + " (invitation_id, cycle_id, salesperson_id, submitted_at, comment_text) values (?, ?, ?, ?, ?)")) {
            response.setLong(1, invitation);
            response.setLong(2, cycle);
            response.setLong(3, salesperson);
            response.setObject(4, now);
            response.setString(5, comment);
            response.executeUpdate();
        }
        try (PreparedStatement rating = connection.prepareStatement(
                "insert into survey_rating (invitation_id, value_id, rating) values (?, ?, ?)")) {
            for (Map.Entry<Long, Integer> entry : ratings.entrySet()) {
                rating.setLong(1, invitation);
                rating.setLong(2, entry.getKey());
                rating.setInt(3, entry.getValue());
                rating.addBatch();
            }
            rating.executeBatch();
        }
        return true;
    }
}
