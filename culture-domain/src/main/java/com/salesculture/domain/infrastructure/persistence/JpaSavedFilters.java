package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.inbox.SavedFilter;
import com.salesculture.domain.model.inbox.SavedFilters;
import com.salesculture.domain.model.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSavedFilters implements SavedFilters {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public SavedFilter add(SavedFilter filter) {
        boolean taken = !entityManager.createQuery(
                        "select f.id from SavedFilter f where f.owner = :owner and f.name = :name", Long.class)
                .setParameter("owner", filter.owner()).setParameter("name", filter.name())
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("filter.name.taken", filter.name());
        }
        entityManager.persist(filter);
        entityManager.flush(); // assigns the id; the unique constraint catches a concurrent save
        return filter;
    }

    @Override
    public List<SavedFilter> of(String owner) {
        return entityManager.createQuery("select f from SavedFilter f where f.owner = :owner order by f.name",
                SavedFilter.class).setParameter("owner", owner).getResultList();
    }

    @Override
    public Optional<SavedFilter> find(String owner, long id) {
        return Optional.ofNullable(entityManager.find(SavedFilter.class, id)).filter(f -> f.owner().equals(owner));
    }

    @Override
    public void remove(SavedFilter filter) {
        entityManager.remove(filter);
    }
}
