package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionLogEntry;
import com.salesculture.domain.model.decision.DecisionLogHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

@ApplicationScoped
public class JpaDecisionLog implements DecisionLog {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public DecisionLogEntry record(Decision decision) {
        DecisionLogHead head = entityManager.find(DecisionLogHead.class, DecisionLogHead.ID, LockModeType.PESSIMISTIC_WRITE);
        // milliseconds: what every supported database stores exactly, so the hash can be recomputed from the row
        DecisionLogEntry entry = head.append(decision, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        entityManager.persist(entry);
        return entry;
    }

    @Override
    public java.util.List<DecisionLogEntry> about(String subjectType, String subjectId) {
        return entityManager.createQuery("select e from DecisionLogEntry e where e.subjectType = :type"
                        + " and e.subjectId = :id order by e.seq", DecisionLogEntry.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }
}
