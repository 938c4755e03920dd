package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.result.DeliverableActual;
import com.salesculture.domain.model.result.DeliverableActuals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaDeliverableActuals implements DeliverableActuals {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public void addAll(List<DeliverableActual> actuals) {
        actuals.forEach(entityManager::persist);
        UniqueRules.write(entityManager); // a figure recorded meanwhile for the same day is this request's conflict
    }

    @Override
    public List<DeliverableActual> of(Collection<Long> deliverableIds) {
        if (deliverableIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select a from DeliverableActual a where a.deliverableId in :ids"
                        + " order by a.asOf, a.id", DeliverableActual.class)
                .setParameter("ids", deliverableIds).getResultList();
    }

    @Override
    public boolean raiseOnce(long deliverableId, String period) {
        // the deliverable's row, locked to the commit: two recorders raising it at once are served one after the other
        entityManager.createNativeQuery("select id from intent_deliverable where id = ? for update")
                .setParameter(1, deliverableId).getResultList();
        Number raised = (Number) entityManager.createNativeQuery("select count(*) from deliverable_risk"
                        + " where deliverable_id = ? and period = ?")
                .setParameter(1, deliverableId).setParameter(2, period).getSingleResult();
        if (raised.longValue() > 0) {
            return false;
        }
        entityManager.createNativeQuery("insert into deliverable_risk (deliverable_id, period, raised_at)"
                        + " values (?, ?, current_timestamp)")
                .setParameter(1, deliverableId).setParameter(2, period).executeUpdate();
        return true;
    }

    @Override
    public void respond(long deliverableId, String period, String action, String owner, LocalDate due, String by,
                        Instant at) {
        entityManager.createNativeQuery("update deliverable_risk set action = ?, action_owner = ?, action_due = ?,"
                        + " responded_by = ?, responded_at = ? where deliverable_id = ? and period = ?")
                .setParameter(1, action).setParameter(2, owner).setParameter(3, java.sql.Date.valueOf(due)).setParameter(4, by)
                .setParameter(5, java.sql.Timestamp.from(at)).setParameter(6, deliverableId).setParameter(7, period)
                .executeUpdate();
    }

    @Override
    public List<Risk> risks(Collection<Long> deliverableIds) {
        if (deliverableIds.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("select deliverable_id, period, raised_at, action, action_owner,"
                        + " action_due, responded_by, responded_at from deliverable_risk where deliverable_id in ("
                        + deliverableIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                        + ") order by raised_at, period")
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new Risk(((Number) row[0]).longValue(), (String) row[1],
                instant(row[2]), (String) row[3], (String) row[4], date(row[5]), (String) row[6], instant(row[7]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
