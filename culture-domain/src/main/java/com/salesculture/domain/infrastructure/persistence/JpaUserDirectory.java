package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserDirectory implements UserDirectory {

    @PersistenceContext(unitName = CulturePersistence.UNIT)
    private EntityManager entityManager;

    @Override
    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(entityManager.find(UserAccount.class, username));
    }

    @Override
    public List<String> groupsOf(String username) {
        List<?> rows = entityManager.createNativeQuery(
                        "select group_name from app_user_group where username = ? order by group_name")
                .setParameter(1, username).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }
}
