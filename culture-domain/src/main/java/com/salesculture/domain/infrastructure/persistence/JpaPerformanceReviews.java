package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.review.PerformanceReview;
import com.salesculture.domain.model.review.PerformanceReviews;
import com.salesculture.domain.model.review.RecoveryPlan;
import com.salesculture.domain.model.review.RecoveryPlanStatus;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPerformanceReviews implements PerformanceReviews {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public PerformanceReview add(PerformanceReview review) {
        entityManager.persist(review);
        UniqueRules.write(entityManager);
        return review;
    }

    @Override
    public Optional<PerformanceReview> find(long id) {
        return Optional.ofNullable(entityManager.find(PerformanceReview.class, id));
    }

    @Override
    public Optional<PerformanceReview> of(long cycleId, long salespersonId) {
        return entityManager.createQuery("select r from PerformanceReview r where r.cycleId = :cycle"
                        + " and r.salespersonId = :salesperson", PerformanceReview.class)
                .setParameter("cycle", cycleId).setParameter("salesperson", salespersonId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PerformanceReview> runBy(String processInstanceId) {
        return entityManager.createQuery("select r from PerformanceReview r where r.processInstanceId = :process",
                PerformanceReview.class).setParameter("process", processInstanceId).getResultStream().findFirst();
    }

    @Override
    public List<PerformanceReview> list(Long cycleId, Long salespersonId) {
        return reviews("select r", cycleId, salespersonId, " order by r.createdAt desc, r.id desc", PerformanceReview.class)
                .getResultList();
    }

    @Override
    public Page<PerformanceReview> list(Long cycleId, Long salespersonId, PageRequest page) {
        return new Page<>(reviews("select r", cycleId, salespersonId, " order by r.createdAt desc, r.id desc",
                PerformanceReview.class).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                reviews("select count(r)", cycleId, salespersonId, "", Long.class).getSingleResult());
    }

    private <T> jakarta.persistence.TypedQuery<T> reviews(String select, Long cycleId, Long salespersonId, String order,
                                                          Class<T> type) {
        var query = entityManager.createQuery(select + " from PerformanceReview r where 1 = 1"
                + (cycleId == null ? "" : " and r.cycleId = :cycle")
                + (salespersonId == null ? "" : " and r.salespersonId = :salesperson") + order, type);
        if (cycleId != null) {
            query.setParameter("cycle", cycleId);
        }
        if (salespersonId != null) {
            query.setParameter("salesperson", salespersonId);
        }
        return query;
    }

    @Override
    public RecoveryPlan addPlan(RecoveryPlan plan) {
        entityManager.persist(plan);
        UniqueRules.write(entityManager);
        return plan;
    }

    @Override
    public Optional<RecoveryPlan> planOf(long reviewId) {
        return entityManager.createQuery("select p from RecoveryPlan p where p.reviewId = :review", RecoveryPlan.class)
                .setParameter("review", reviewId).getResultStream().findFirst();
    }

    @Override
    public Optional<RecoveryPlan> openPlan(long salespersonId) {
        return entityManager.createQuery("select p from RecoveryPlan p where p.salespersonId = :salesperson"
                        + " and p.status = :open", RecoveryPlan.class)
                .setParameter("salesperson", salespersonId).setParameter("open", RecoveryPlanStatus.OPEN)
                .getResultStream().findFirst();
    }

    @Override
    public List<RecoveryPlan> plans(long salespersonId) {
        return entityManager.createQuery("select p from RecoveryPlan p where p.salespersonId = :salesperson"
                        + " order by p.draftedAt desc, p.id desc", RecoveryPlan.class)
                .setParameter("salesperson", salespersonId).getResultList();
    }

    @Override
    public List<RecoveryPlan> plansInForce(java.time.Instant from, java.time.Instant to) {
        return entityManager.createQuery("select p from RecoveryPlan p where p.status <> :draft and p.draftedAt < :to"
                        + " and (p.closedAt is null or p.closedAt >= :from)", RecoveryPlan.class)
                .setParameter("draft", com.salesculture.domain.model.review.RecoveryPlanStatus.DRAFT)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
