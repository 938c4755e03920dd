package com.salesculture.workflow.application;

import com.salesculture.domain.model.people.Role;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The signed-in person on whose behalf a use case runs, with the groups (roles) they act in. */
public record Actor(String username, Set<String> groups) {

    public Actor {
        groups = Set.copyOf(groups);
    }

    public boolean is(Role role) {
        return groups.contains(role.groupName());
    }

    public boolean inAnyOf(Collection<String> candidateGroups) {
        return candidateGroups.stream().anyMatch(groups::contains);
    }

    public List<String> groupList() {
        return groups.stream().sorted().toList();
    }
}
