package com.salesculture.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A test delegate, reached from BPMN by its CDI name like the application's own: writes a
 * programme row through the domain's persistence unit, then fails if the process asks it to.
 */
@Named("writeThenFail")
@ApplicationScoped
public class WriteThenFail implements JavaDelegate {

    @PersistenceContext(unitName = "culture")
    private EntityManager entityManager;

    @Override
    public void execute(DelegateExecution execution) {
        entityManager.createNativeQuery("insert into program (id, name, horizon_months, phase, started_by, started_at, version)"
                        + " values (?, ?, 12, 'DRAFTING_INTENT', 'it', ?, 1)")
                .setParameter(1, (Long) execution.getVariable("rowId"))
                .setParameter(2, execution.getBusinessKey())
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
            throw new IllegalStateException("failing on purpose after the domain write");
        }
    }
}
