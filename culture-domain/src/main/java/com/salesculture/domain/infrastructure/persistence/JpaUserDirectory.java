package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public Map<String, String> membersOf(Collection<String> groups) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        List<String> groupList = List.copyOf(groups);
        String placeholders = String.join(", ", java.util.Collections.nCopies(groupList.size(), "?"));
        var query = entityManager.createNativeQuery("select u.username, u.display_name from app_user u where u.username in "
                + "(select g.username from app_user_group g where g.group_name in (" + placeholders + ")) order by u.display_name");
        for (int i = 0; i < groupList.size(); i++) {
            query.setParameter(i + 1, groupList.get(i));
        }
        Map<String, String> byUsername = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            byUsername.put(String.valueOf(columns[0]), String.valueOf(columns[1]));
        }
        return byUsername;
    }

    @Override
    public List<String> groupsOf(String username) {
        List<?> rows = entityManager.createNativeQuery(
                        "select group_name from app_user_group where username = ? order by group_name")
                .setParameter(1, username).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }
}
