package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.customer.CustomerContact;
import com.salesculture.domain.model.customer.CustomerContacts;
import com.salesculture.domain.model.customer.CustomerQuery;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaCustomerContacts implements CustomerContacts {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public Page<CustomerContact> search(CustomerQuery query, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.salespersonId() != null) {
            where.append(" and c.salesperson.id = :salesperson");
            parameters.put("salesperson", query.salespersonId());
        }
        if (query.teamId() != null) {
            where.append(" and c.salesperson.team.id = :team");
            parameters.put("team", query.teamId());
        }
        if (query.text() != null) {
            where.append(" and (lower(c.organisation) like :text or lower(c.name) like :text or c.emailKey like :text)");
            parameters.put("text", Queries.contains(query.text()));
        }
        if (query.organisation() != null) {
            where.append(" and lower(c.organisation) like :organisation");
            parameters.put("organisation", Queries.contains(query.organisation()));
        }
        if (query.salespersonName() != null) {
            where.append(" and lower(c.salesperson.name) like :salespersonName");
            parameters.put("salespersonName", Queries.contains(query.salespersonName()));
        }
        String direction = query.descending() ? " desc" : "";
        String order = switch (query.sort()) {
            case ORGANISATION -> "c.organisation" + direction + ", c.name" + direction;
            case NAME -> "c.name" + direction;
            case EMAIL -> "c.emailKey" + direction;
            case SALESPERSON -> "c.salesperson.name" + direction + ", c.organisation";
        } + ", c.id" + direction;
        var rows = entityManager.createQuery("select c from CustomerContact c join fetch c.salesperson" + where
                + " order by " + order, CustomerContact.class);
        var count = entityManager.createQuery("select count(c) from CustomerContact c" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public List<CustomerContact> servedBy(long salespersonId) {
        return entityManager.createQuery("select c from CustomerContact c where c.salesperson.id = :salesperson"
                + " order by c.organisation, c.name, c.id", CustomerContact.class)
                .setParameter("salesperson", salespersonId).getResultList();
    }

    @Override
    public List<CustomerContact> withIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : entityManager.createQuery("select c from CustomerContact c where c.id in :ids",
                CustomerContact.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Set<String> storedEmailKeys(Collection<String> keys) {
        return new HashSet<>(Queries.inChunks(keys, chunk -> entityManager.createQuery(
                "select c.emailKey from CustomerContact c where c.emailKey in :keys", String.class)
                .setParameter("keys", chunk).getResultList()));
    }

    @Override
    public void addAll(List<CustomerContact> contacts) {
        BulkInsert.persistAll(entityManager, contacts, "customer_contact");
    }
}
