package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.pay.PayRun;
import com.salesculture.domain.model.pay.PayRuns;
import com.salesculture.domain.model.pay.PayStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPayRuns implements PayRuns {

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
        statements(run.id()).stream().filter(statement -> statement.correctsId() == null)
                .forEach(entityManager::remove);
        entityManager.flush();
    }

    @Override
    public List<PayStatement> statements(long runId) {
        return entityManager.createQuery("select s from PayStatement s where s.runId = :run"
                + " order by lower(s.salespersonName), s.salespersonId, s.id", PayStatement.class)
                .setParameter("run", runId).getResultList();
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
