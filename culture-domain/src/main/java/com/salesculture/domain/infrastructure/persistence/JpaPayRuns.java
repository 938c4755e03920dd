package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.pay.PayRun;
import com.salesculture.domain.model.pay.PayRuns;
import com.salesculture.domain.model.pay.PayStatement;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPayRuns implements PayRuns {

    /** By salesperson name, then oldest first: a correction follows what it corrects. */
    private static final String BY_NAME = " order by lower(s.salespersonName), s.salespersonId, s.id";

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public void add(PayRun run) {
        entityManager.persist(run);
        UniqueRules.write(entityManager); // a run of the same period drafted meanwhile is this one's conflict
    }

    @Override
    public Optional<PayRun> find(long runId) {
        return Optional.ofNullable(entityManager.find(PayRun.class, runId));
    }

    @Override
    public Optional<PayRun> of(long programId, java.time.LocalDate periodStart) {
        return entityManager.createQuery("select r from PayRun r where r.programId = :program and r.periodStart = :start",
                        PayRun.class).setParameter("program", programId).setParameter("start", periodStart)
                .getResultStream().findFirst();
    }

    @Override
    public List<PayRun> ofProgram(long programId) {
        return entityManager.createQuery("select r from PayRun r where r.programId = :program order by r.periodStart desc",
                PayRun.class).setParameter("program", programId).getResultList();
    }

    @Override
    public void addStatements(List<PayStatement> statements) {
        statements.forEach(entityManager::persist);
        UniqueRules.write(entityManager);
    }

    @Override
    public void removeDrafts(PayRun run) {
        run.requireDraft();
        // two statements, not one removal per statement and line: a run holds one statement per salesperson.
        // A run still drafted has no corrections (only approved statements are corrected).
        entityManager.flush();
        entityManager.createNativeQuery("delete from pay_statement_line where statement_id in"
                + " (select id from pay_statement where run_id = ?1 and corrects_id is null)")
                .setParameter(1, run.id()).executeUpdate();
        entityManager.createQuery("delete from PayStatement s where s.runId = :run and s.correctsId is null")
                .setParameter("run", run.id()).executeUpdate();
    }

    @Override
    public List<PayStatement> statements(long runId) {
        return entityManager.createQuery("select s from PayStatement s where s.runId = :run" + BY_NAME, PayStatement.class)
                .setParameter("run", runId).getResultList();
    }

    @Override
    public Page<PayStatement> statements(long runId, String name, PageRequest page) {
        String where = " where s.runId = :run" + (name == null || name.isBlank() ? "" : " and lower(s.salespersonName) like :name");
        TypedQuery<PayStatement> rows = entityManager.createQuery("select s from PayStatement s" + where + BY_NAME,
                PayStatement.class);
        TypedQuery<Long> total = entityManager.createQuery("select count(s) from PayStatement s" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, total)) {
            query.setParameter("run", runId);
            if (where.contains(":name")) {
                query.setParameter("name", Queries.contains(name));
            }
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                total.getSingleResult());
    }

    @Override
    public List<PayStatement> correctionsOf(Collection<Long> statementIds) {
        return Queries.inChunks(statementIds, ids -> entityManager.createQuery(
                "select s from PayStatement s where s.correctsId in :ids", PayStatement.class).setParameter("ids", ids)
                .getResultList());
    }

    @Override
    public Total total(PayRun run) {
        TypedQuery<Object[]> query = run.status() == PayRun.Status.APPROVED
                ? entityManager.createQuery("select count(s), sum(s.amount) from PayStatement s where s.runId = :run"
                        + " and s.status = :approved and not exists (select c.id from PayStatement c where c.correctsId = s.id"
                        + " and c.status = :approved)", Object[].class).setParameter("approved", PayStatement.Status.APPROVED)
                : entityManager.createQuery("select count(s), sum(s.amount) from PayStatement s where s.runId = :run"
                        + " and s.correctsId is null", Object[].class);
        Object[] row = query.setParameter("run", run.id()).getSingleResult();
        BigDecimal amount = row[1] == null ? BigDecimal.ZERO : new BigDecimal(row[1].toString());
        return new Total(((Number) row[0]).longValue(), amount.setScale(2, RoundingMode.HALF_UP));
    }

    @Override
    public Optional<PayStatement> statement(long statementId) {
        return Optional.ofNullable(entityManager.find(PayStatement.class, statementId));
    }

    @Override
    public List<PayStatement> statementsOf(long salespersonId) {
        return entityManager.createQuery("select s from PayStatement s where s.salespersonId = :salesperson"
                + " order by s.createdAt desc, s.id desc", PayStatement.class)
                .setParameter("salesperson", salespersonId).getResultList();
    }

    @Override
    public Optional<PayStatement> correctionOf(long statementId) {
        return entityManager.createQuery("select s from PayStatement s where s.correctsId = :id", PayStatement.class)
                .setParameter("id", statementId).getResultStream().findFirst();
    }
}
