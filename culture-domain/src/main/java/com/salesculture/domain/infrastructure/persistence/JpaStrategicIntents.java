package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.StrategicIntent;
import com.salesculture.domain.model.program.StrategicIntents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaStrategicIntents implements StrategicIntents {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public Optional<StrategicIntent> of(ProgramId programId) {
        return entityManager.createQuery("select i from StrategicIntent i where i.programId = :program",
                        StrategicIntent.class)
                .setParameter("program", programId.value()).getResultStream().findFirst();
    }

    @Override
    public StrategicIntent require(ProgramId programId) {
        return of(programId).orElseGet(() -> {
            StrategicIntent intent = StrategicIntent.of(programId);
            entityManager.persist(intent);
            return intent;
        });
    }
}
