package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.SalesTeam;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaSalesForce implements SalesForce {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public List<SalesTeam> teams() {
        return entityManager.createQuery("select t from SalesTeam t order by t.name", SalesTeam.class).getResultList();
    }

    @Override
    public Map<String, SalesTeam> teamsByKey() {
        return teams().stream().collect(Collectors.toMap(team -> SalesTeam.key(team.name()), Function.identity()));
    }

    @Override
    public Optional<SalesTeam> team(long id) {
        return Optional.ofNullable(entityManager.find(SalesTeam.class, id));
    }

    @Override
    public SalesTeam add(SalesTeam team) {
        if (teamsByKey().containsKey(SalesTeam.key(team.name()))) {
            throw new ConflictException("team.name.taken", team.name());
        }
        entityManager.persist(team);
        entityManager.flush();
        return team;
    }

    @Override
    public List<Salesperson> salespeople(Long teamId, SalespersonStatus status) {
        return salespeopleQuery("select p", teamId, status, " order by p.name, p.id", Salesperson.class).getResultList();
    }

    @Override
    public Page<Salesperson> salespeople(Long teamId, SalespersonStatus status, PageRequest page) {
        return new Page<>(salespeopleQuery("select p", teamId, status, " order by p.name, p.id", Salesperson.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                salespeopleQuery("select count(p)", teamId, status, "", Long.class).getSingleResult());
    }

    private <T> jakarta.persistence.TypedQuery<T> salespeopleQuery(String select, Long teamId, SalespersonStatus status,
                                                                   String order, Class<T> type) {
        String where = (teamId == null ? "" : " and p.team.id = :team") + (status == null ? "" : " and p.status = :status");
        var query = entityManager.createQuery(select + " from Salesperson p where 1 = 1" + where + order, type);
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    @Override
    public Map<String, Salesperson> withEmailKeys(Collection<String> keys) {
        Map<String, Salesperson> found = new HashMap<>();
        Queries.inChunks(keys, chunk -> entityManager.createQuery("select p from Salesperson p where p.emailKey in :keys",
                Salesperson.class).setParameter("keys", chunk).getResultList())
                .forEach(person -> found.put(Salesperson.key(person.email()), person));
        return found;
    }

    @Override
    public Optional<Salesperson> salesperson(long id) {
        return Optional.ofNullable(entityManager.find(Salesperson.class, id));
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p.id, p.name from Salesperson p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    @Override
    public Optional<Salesperson> byUsername(String username) {
        return entityManager.createQuery("select p from Salesperson p where p.username = :username", Salesperson.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public void addAll(List<Salesperson> salespeople) {
        BulkInsert.persistAll(entityManager, salespeople, "salesperson");
    }

    @Override
    public Map<Long, Long> headcount() {
        return entityManager.createQuery("select p.team.id, count(p) from Salesperson p group by p.team.id",
                        Object[].class).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
