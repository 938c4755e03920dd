package com.salesculture.workflow.engine;

import com.salesculture.domain.infrastructure.persistence.CulturePersistence;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Serialises people acting on the same task. Without it, two people completing one task at once
 * interleave the engine's writes (identity links, task row, history) and the database may pick a
 * deadlock victim instead of letting the engine's optimistic lock name the winner. With the task
 * row locked first, the second caller waits for the first to commit, then sees what happened.
 */
@ApplicationScoped
public class TaskLocks {

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    /**
     * Locks the task's row until the caller's transaction ends. It shares the transaction's
     * connection with the engine, so the lock is the engine's own.
     */
    public void lock(String taskId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select ID_ from ACT_RU_TASK where ID_ = ? for update")) {
            statement.setString(1, taskId);
            statement.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock task " + taskId, e);
        }
    }
}
