package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public void enqueue(OutboxMail mail) {
        boolean known = !entityManager.createQuery("select m.id from OutboxMail m where m.dedupeKey = :key", Long.class)
                .setParameter("key", mail.dedupeKey()).setMaxResults(1).getResultList().isEmpty();
        if (!known) {
            entityManager.persist(mail);
        }
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        // first attempts before retries: a backlog that failed before must not hold fresh mail back
        return entityManager.createQuery("select m.id from OutboxMail m where m.sentAt is null and m.failedAt is null"
                        + " and m.nextAttemptAt <= :now"
                        + " order by m.attempts, m.nextAttemptAt, m.id", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<String, List<Long>> digests(List<Long> mailIds) {
        if (mailIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Long>> byRecipient = new LinkedHashMap<>();
        entityManager.createQuery("select m.recipient, m.id from OutboxMail m where m.id in :ids and m.digestLine is not null"
                        + " order by m.id", Object[].class).setParameter("ids", mailIds).getResultList()
                .forEach(row -> byRecipient.computeIfAbsent((String) row[0], any -> new ArrayList<>()).add((Long) row[1]));
        byRecipient.values().removeIf(ids -> ids.size() < 2);
        return byRecipient;
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(entityManager.find(OutboxMail.class, id));
    }

    @Override
    public List<OutboxMail> failed(int limit) {
        return entityManager.createQuery("select m from OutboxMail m where m.failedAt is not null and m.sentAt is null"
                + " order by m.failedAt desc, m.id desc", OutboxMail.class).setMaxResults(limit).getResultList();
    }
}
