package com.salesculture.workflow.engine;

import com.salesculture.domain.infrastructure.persistence.CulturePersistence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The candidate groups of a page of tasks in one read. The engine's API answers one task at a
 * time ({@code getIdentityLinksForTask}), which made a list of 20 tasks 20 more queries.
 */
@ApplicationScoped
public class CandidateGroups {

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    /** Each task's candidate groups, sorted; a task without any maps to an empty list. */
    public Map<String, List<String>> of(Collection<String> taskIds) {
        Map<String, TreeSet<String>> groups = new HashMap<>();
        taskIds.forEach(id -> groups.put(id, new TreeSet<>()));
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(taskIds.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK"
                     + " where TYPE_ = 'candidate' and GROUP_ID_ is not null and TASK_ID_ in (" + placeholders + ")")) {
            int index = 1;
            for (String id : taskIds) {
                statement.setString(index++, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.get(rows.getString(1)).add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read candidate groups", e);
        }
        Map<String, List<String>> result = new HashMap<>();
        groups.forEach((id, names) -> result.put(id, new ArrayList<>(names)));
        return result;
    }
}
