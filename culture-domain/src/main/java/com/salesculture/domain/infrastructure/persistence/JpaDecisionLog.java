package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.decision.ChainCheck;
import com.salesculture.domain.model.decision.Checkpoint;
import com.salesculture.domain.model.decision.ChainVerification;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionLogEntry;
import com.salesculture.domain.model.decision.DecisionLogHead;
import com.salesculture.domain.model.decision.DecisionLogSeal;
import com.salesculture.domain.model.decision.DecisionPage;
import com.salesculture.domain.model.decision.DecisionQuery;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The decision log: appended through JPA under the head's lock when the recording transaction
 * commits; read for auditors with plain SQL, so they see what the database holds, never what a cache
 * remembers.
 */
@ApplicationScoped
public class JpaDecisionLog implements DecisionLog {

    /** The key of a transaction's recorded decisions among its resources. */
    private static final Object RECORDED = JpaDecisionLog.class.getName() + ".recorded";

    private static final String COLUMNS = "seq, recorded_at, actor, actor_roles, decision, subject_type, subject_id,"
            + " outcome, reason, evidence_hashes, process_instance_id, task_id, previous_hash, entry_hash, seal";

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private DecisionLogSeal seal;

    @Resource(lookup = CulturePersistence.TRANSACTION_REGISTRY)
    private TransactionSynchronizationRegistry transaction;

    @Resource(lookup = "java:/TransactionManager")
    private TransactionManager transactions;

    private Sql sql;

    @PostConstruct
    void connect() {
        sql = new Sql(dataSource, entityManager);
    }

    /**
     * Kept with the transaction and chained just before it commits ({@link #appendRecorded}): the head's
     * lock is then held for the append and the commit only, not for the work before them.
     */
    @Override
    public void record(Decision decision) {
        @SuppressWarnings("unchecked")
        List<Decision> recorded = (List<Decision>) transaction.getResource(RECORDED);
        if (recorded == null) {
            try {
                // not interposed: runs before the persistence context's own flush, which then writes the entries
                transactions.getTransaction().registerSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        appendRecorded();
                    }

                    @Override
                    public void afterCompletion(int status) {
                        // nothing: a rolled-back transaction leaves no entry
                    }
                });
            } catch (RollbackException e) {
                return; // the transaction can only roll back, and takes its decisions with it
            } catch (SystemException e) {
                throw new IllegalStateException("The decision cannot join its transaction", e);
            }
            recorded = new ArrayList<>();
            transaction.putResource(RECORDED, recorded);
        }
        recorded.add(decision);
    }

    /**
     * Chains the decisions this transaction recorded and has not chained yet, in the order recorded, under
     * the head's lock, which only the transaction's end releases: two transactions' entries never
     * interleave, and one that rolls back leaves no entry and no gap. Before its commit, or before a read
     * in the same transaction, so that the transaction reads its own decisions.
     */
    private void appendRecorded() {
        if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Decision> recorded = (List<Decision>) transaction.getResource(RECORDED);
        if (recorded == null || recorded.isEmpty()) {
            return;
        }
        DecisionLogHead head = entityManager.find(DecisionLogHead.class, DecisionLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // milliseconds: what every supported database stores exactly, so the hash can be recomputed from the row
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (Decision decision : recorded) {
            entityManager.persist(head.append(decision, recordedAt, seal));
        }
        recorded.clear();
    }

    @Override
    public List<DecisionLogEntry> about(String subjectType, String subjectId) {
        appendRecorded();
        return select(" where subject_type = ? and subject_id = ? order by seq", List.of(subjectType, subjectId), 0, 0);
    }

    @Override
    public List<DecisionLogEntry> ofProcess(String processInstanceId) {
        appendRecorded();
        return select(" where process_instance_id = ? order by seq", List.of(processInstanceId), 0, 0);
    }

    @Override
    public ChainVerification verify(List<Checkpoint> brought) {
        appendRecorded();
        return sql.work("Cannot read the decision log", connection -> {
            long headSeq;
            String headHash;
            Long sealedFrom;
            try (PreparedStatement head = connection.prepareStatement(
                    "select last_seq, last_hash, sealed_from from decision_log_head");
                 ResultSet row = head.executeQuery()) {
                row.next();
                headSeq = row.getLong(1);
                headHash = row.getString(2);
                sealedFrom = row.getObject(3) == null ? null : row.getLong(3);
            }
            List<Checkpoint> checkpoints = new ArrayList<>(checkpoints(connection, Integer.MAX_VALUE));
            checkpoints.addAll(brought);
            ChainCheck check = new ChainCheck(seal, sealedFrom, checkpoints);
            try (PreparedStatement entries = connection.prepareStatement("select " + COLUMNS + " from decision_log order by seq")) {
                entries.setFetchSize(1000);
                try (ResultSet rows = entries.executeQuery()) {
                    while (rows.next()) {
                        check.next(entry(rows));
                    }
                }
            }
            return check.result(headSeq, headHash, Instant.now());
        });
    }

    @Override
    public Checkpoint checkpoint() {
        appendRecorded();
        DecisionLogHead head = entityManager.find(DecisionLogHead.class, DecisionLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        Checkpoint checkpoint = head.checkpoint(Instant.now().truncatedTo(ChronoUnit.MILLIS), seal);
        entityManager.createNativeQuery("insert into decision_log_checkpoint (seq, entry_hash, taken_at, signature)"
                        + " values (?, ?, ?, ?)")
                .setParameter(1, checkpoint.seq()).setParameter(2, checkpoint.entryHash())
                .setParameter(3, Sql.utc(checkpoint.takenAt()))
                .setParameter(4, checkpoint.signature()).executeUpdate();
        return checkpoint;
    }

    @Override
    public List<Checkpoint> checkpoints(int limit) {
        return sql.work("Cannot read the decision log's checkpoints", connection -> checkpoints(connection, limit));
    }

    private static List<Checkpoint> checkpoints(Connection connection, int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select seq, entry_hash, taken_at, signature from decision_log_checkpoint order by taken_at desc, seq desc")) {
            statement.setMaxRows(limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<Checkpoint> checkpoints = new ArrayList<>();
                while (rows.next()) {
                    checkpoints.add(new Checkpoint(rows.getLong(1), rows.getString(2),
                            Sql.instant(rows, 3), rows.getString(4)));
                }
                return checkpoints;
            }
        }
    }

    @Override
    public DecisionPage search(DecisionQuery query) {
        appendRecorded();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        condition(where, parameters, " and subject_type = ?", query.subjectType());
        condition(where, parameters, " and subject_id = ?", query.subjectId());
        condition(where, parameters, " and actor = ?", query.actor());
        condition(where, parameters, " and decision = ?", query.type() == null ? null : query.type().name());
        condition(where, parameters, " and recorded_at >= ?", query.from());
        condition(where, parameters, " and recorded_at < ?", query.to());
        long total = sql.count("select count(*) from decision_log" + where, parameters.toArray());
        return new DecisionPage(select(where + " order by seq", parameters, query.page() * query.size(), query.size()), total);
    }

    private static void condition(StringBuilder where, List<Object> parameters, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            parameters.add(value);
        }
    }

    /** Rows of the log; {@code limit} 0 means all of them. */
    private List<DecisionLogEntry> select(String where, List<Object> parameters, int offset, int limit) {
        return sql.query("select " + COLUMNS + " from decision_log" + where
                + (limit > 0 ? " offset " + offset + " rows fetch next " + limit + " rows only" : ""),
                JpaDecisionLog::entry, parameters.toArray());
    }

    private static DecisionLogEntry entry(ResultSet row) throws SQLException {
        return DecisionLogEntry.stored(row.getLong(1), Sql.instant(row, 2), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11), row.getString(12), row.getString(13),
                row.getString(14), row.getString(15));
    }
}
