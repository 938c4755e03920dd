package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValuesAcknowledgement;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.program.ValuesCharters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaValuesCharters implements ValuesCharters {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public Optional<ValuesCharter> of(ProgramId programId) {
        return entityManager.createQuery("select c from ValuesCharter c where c.programId = :program", ValuesCharter.class)
                .setParameter("program", programId.value()).getResultStream().findFirst();
    }

    @Override
    public ValuesCharter require(ProgramId programId) {
        return of(programId).orElseGet(() -> {
            ValuesCharter charter = ValuesCharter.of(programId);
            entityManager.persist(charter);
            return charter;
        });
    }

    @Override
    public void acknowledge(ValuesAcknowledgement acknowledgement) {
        entityManager.persist(acknowledgement);
    }

    @Override
    public boolean acknowledged(ValuesCharter charter, long salespersonId) {
        return !entityManager.createQuery("select a.id from ValuesAcknowledgement a where a.charterId = :charter"
                        + " and a.charterVersion = :version and a.salespersonId = :salesperson", Long.class)
                .setParameter("charter", charter.id()).setParameter("version", charter.charterVersion())
                .setParameter("salesperson", salespersonId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ValuesAcknowledgement> acknowledgements(ValuesCharter charter) {
        return entityManager.createQuery("select a from ValuesAcknowledgement a where a.charterId = :charter"
                        + " order by a.acknowledgedAt, a.id", ValuesAcknowledgement.class)
                .setParameter("charter", charter.id()).getResultList();
    }
}
