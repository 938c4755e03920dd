package com.salesculture.domain.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the domain schema up to date before anything else touches the database
 * (the process engine's bootstrap depends on this bean).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits each migration itself
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = CulturePersistence.DATASOURCE)
    private DataSource dataSource;

    private boolean demoData;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        boolean postgresql = postgresql();
        if (postgresql) {
            locations.add("classpath:db/vendor/postgresql"); // what only PostgreSQL does: grants
        }
        demoData = demoDataWanted(System.getProperty(CulturePersistence.DEMO_DATA_PROPERTY), postgresql);
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // demo data may be switched off later; its applied migrations are then simply absent
                .ignoreMigrationPatterns("*:missing")
                .load();
        MigrateResult result = flyway.migrate();
        // targetSchemaVersion is null when nothing was applied; ask Flyway for the version in force
        var current = flyway.info().current();
        LOG.info(() -> "Domain schema at version " + (current == null ? "none" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migrations applied now; locations " + locations + ")");
    }

    /** Whether the demo users and data were seeded at this start. */
    public boolean demoData() {
        return demoData;
    }

    /**
     * {@code true} or {@code false} as set; anything else (the default, {@code auto}) seeds the demo only
     * on the embedded H2 database: a PostgreSQL installation is a real one, without known passwords.
     */
    static boolean demoDataWanted(String setting, boolean postgresql) {
        String value = setting == null ? "" : setting.strip().toLowerCase(java.util.Locale.ROOT);
        return value.equals("true") || !value.equals("false") && !postgresql;
    }

    private boolean postgresql() {
        try (var connection = dataSource.getConnection()) {
            return Sql.postgresql(connection);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
