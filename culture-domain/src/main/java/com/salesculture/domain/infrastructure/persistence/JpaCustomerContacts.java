package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.customer.CustomerContact;
import com.salesculture.domain.model.customer.CustomerContacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaCustomerContacts implements CustomerContacts {

    /** Write this many new contacts at a time, so a large import reaches the database in steps. */
    private static final int FLUSH_EVERY = 500;

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public List<CustomerContact> list(Long salespersonId, Long teamId) {
        String where = (salespersonId == null ? "" : " and c.salesperson.id = :salesperson")
                + (teamId == null ? "" : " and c.salesperson.team.id = :team");
        var query = entityManager.createQuery("select c from CustomerContact c where 1 = 1" + where
                + " order by c.organisation, c.name, c.id", CustomerContact.class);
        if (salespersonId != null) {
            query.setParameter("salesperson", salespersonId);
        }
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        return query.getResultList();
    }

    @Override
    public List<CustomerContact> withIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : entityManager.createQuery("select c from CustomerContact c where c.id in :ids",
                CustomerContact.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Set<String> emailKeys() {
        return new HashSet<>(entityManager.createQuery("select c.emailKey from CustomerContact c", String.class)
                .getResultList());
    }

    @Override
    public void addAll(List<CustomerContact> contacts) {
        for (int i = 0; i < contacts.size(); i++) {
            entityManager.persist(contacts.get(i));
            if ((i + 1) % FLUSH_EVERY == 0) {
                entityManager.flush();
            }
        }
        entityManager.flush();
    }
}
