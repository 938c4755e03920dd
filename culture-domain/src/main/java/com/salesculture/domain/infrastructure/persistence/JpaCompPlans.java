package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.program.CompPlan;
import com.salesculture.domain.model.program.CompPlans;
import com.salesculture.domain.model.program.ProgramId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCompPlans implements CompPlans {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public List<CompPlan> versions(ProgramId programId) {
        return entityManager.createQuery("select p from CompPlan p where p.programId = :program order by p.planVersion",
                CompPlan.class).setParameter("program", programId.value()).getResultList();
    }

    @Override
    public Optional<CompPlan> version(ProgramId programId, int planVersion) {
        return entityManager.createQuery("select p from CompPlan p where p.programId = :program"
                        + " and p.planVersion = :version", CompPlan.class)
                .setParameter("program", programId.value()).setParameter("version", planVersion)
                .getResultStream().findFirst();
    }

    @Override
    public CompPlan require(ProgramId programId, int planVersion) {
        return version(programId, planVersion).orElseGet(() -> {
            CompPlan plan = CompPlan.of(programId, planVersion);
            entityManager.persist(plan);
            return plan;
        });
    }

    @Override
    public void add(CompPlan plan) {
        entityManager.persist(plan);
        UniqueRules.write(entityManager);
    }
}
