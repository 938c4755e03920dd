package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.notification.Outbox;
import com.salesculture.domain.model.notification.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
    public List<Long> claim(String claimant, Instant now, Instant until, int limit) {
        // first attempts before retries: a backlog that failed before must not hold fresh mail back
        List<Long> due = entityManager.createQuery("select m.id from OutboxMail m where m.sentAt is null and m.failedAt is null"
                        + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil <= :now)"
                        + " order by m.attempts, m.nextAttemptAt, m.id", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
        if (due.isEmpty()) {
            return due;
        }
        // the condition again in the update: a row another dispatcher claimed meanwhile waits for its commit
        // and then no longer matches (row locks on PostgreSQL and H2), so each row goes to one claim only.
        // One row at a time in id order: two dispatchers lock their common rows in the same order, so one
        // waits for the other instead of each holding what the other needs (one IN-list update deadlocked).
        String claim = claimant + ":" + UUID.randomUUID();
        Query update = entityManager.createQuery("update OutboxMail m set m.claimedBy = :claim,"
                        + " m.claimedUntil = :until where m.id = :id and m.sentAt is null and m.failedAt is null"
                        + " and (m.claimedUntil is null or m.claimedUntil <= :now)")
                .setParameter("claim", claim).setParameter("until", until).setParameter("now", now);
        Set<Long> claimed = new HashSet<>();
        for (Long id : due.stream().sorted().toList()) {
            if (update.setParameter("id", id).executeUpdate() == 1) {
                claimed.add(id);
            }
        }
        return due.stream().filter(claimed::contains).toList(); // in the order they are due
    }

    @Override
    public int release(String claimant) {
        return entityManager.createQuery("update OutboxMail m set m.claimedBy = null, m.claimedUntil = null"
                + " where m.claimedBy like :claimant").setParameter("claimant", claimant + ":%").executeUpdate();
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
