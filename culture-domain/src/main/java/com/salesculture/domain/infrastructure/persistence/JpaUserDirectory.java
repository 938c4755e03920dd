package com.salesculture.domain.infrastructure.persistence;

import com.salesculture.domain.model.people.PasswordLink;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    public Optional<UserAccount> byEmail(String email) {
        return entityManager.createQuery("select u from UserAccount u where lower(u.email) = :email", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> all() {
        return entityManager.createQuery("select u from UserAccount u order by u.displayName", UserAccount.class)
                .getResultList();
    }

    @Override
    public UserAccount add(UserAccount account) {
        entityManager.persist(account);
        UniqueRules.write(entityManager);
        return account;
    }

    @Override
    public Map<String, String> membersOf(Collection<String> groups) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        List<String> groupList = List.copyOf(groups);
        String placeholders = String.join(", ", Collections.nCopies(groupList.size(), "?"));
        var query = entityManager.createNativeQuery("select u.username, u.display_name from app_user u where u.enabled"
                + " and u.username in (select g.username from app_user_group g where g.group_name in (" + placeholders
                + ")) order by u.display_name");
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
        List<?> rows = entityManager.createNativeQuery("select g.group_name from app_user_group g join app_user u"
                        + " on u.username = g.username where g.username = ? and u.enabled order by g.group_name")
                .setParameter(1, username).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    @Override
    public List<String> disabled() {
        return entityManager.createQuery("select u.username from UserAccount u where u.enabled = false order by u.username",
                String.class).getResultList();
    }

    @Override
    public boolean hasAdministrator() {
        return !entityManager.createNativeQuery("select u.username from app_user u join app_user_group g on"
                        + " g.username = u.username where u.enabled and g.group_name = ?")
                .setParameter(1, Role.ADMIN.groupName()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<String> withDemoPassword() {
        return entityManager.createQuery("select u.username from UserAccount u where u.enabled = true and u.demoPassword = true"
                + " order by u.username", String.class).getResultList();
    }

    @Override
    public int disableDemoAccounts(Instant now) {
        int count = 0;
        for (UserAccount account : entityManager.createQuery("select u from UserAccount u where u.enabled = true"
                + " and u.demoPassword = true", UserAccount.class).getResultList()) {
            account.disable(null, now);
            count++;
        }
        return count;
    }

    @Override
    public void replaceHash(String username, String stale, String renewed) {
        entityManager.createQuery("update UserAccount u set u.passwordHash = :renewed where u.username = :username"
                        + " and u.passwordHash = :stale").setParameter("renewed", renewed).setParameter("username", username)
                .setParameter("stale", stale).executeUpdate();
    }

    @Override
    public void add(PasswordLink link) {
        entityManager.persist(link);
    }

    @Override
    public Optional<PasswordLink> link(String tokenHash) {
        return Optional.ofNullable(entityManager.find(PasswordLink.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void withdrawLinks(String username, Instant now) {
        entityManager.createQuery("select l from PasswordLink l where l.username = :username and l.usedAt is null",
                PasswordLink.class).setParameter("username", username).getResultList().forEach(l -> l.withdraw(now));
    }
}
