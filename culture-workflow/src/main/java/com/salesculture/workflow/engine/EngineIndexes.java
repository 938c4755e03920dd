package com.salesculture.workflow.engine;

import com.salesculture.domain.infrastructure.persistence.CulturePersistence;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Indexes the inbox needs on the engine's tables: added once {@link EngineSchema} has made the
 * tables and the engine has started, by migrations of their own ({@code db/engine}) with their own
 * history table.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits each migration itself
public class EngineIndexes {

    private static final Logger LOG = Logger.getLogger(EngineIndexes.class.getName());

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/engine")
                .table("engine_index_history")
                // the schema already holds the domain's and the engine's tables
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Engine indexes: " + result.migrationsExecuted + " migrations applied now");
    }
}
