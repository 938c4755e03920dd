package com.salesculture.workflow.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The engine's tables, created and upgraded by Flyway from the engine's own SQL scripts (its own
 * history table, {@code engine_schema_history}), so that nothing but Flyway changes the schema when
 * the server starts: the engine only checks that its tables are there at its version.
 * <p>
 * An installation whose engine made its tables itself (before Flyway owned them) is recorded as at
 * 7.24 without running anything. The next engine release adds a migration that runs its upgrade
 * script ({@code db/upgrade/<vendor>_engine_7.24_to_7.25.sql}).
 */
final class EngineSchema {

    private static final Logger LOG = Logger.getLogger(EngineSchema.class.getName());
    private static final String HISTORY_TABLE = "engine_schema_history";

    private EngineSchema() {
    }

    static void migrate(DataSource dataSource) {
        String vendor = vendor(dataSource);
        Flyway flyway = flyway(dataSource, vendor, "0"); // the domain's tables are there already: start below the first
        if (flyway.info().current() == null && engineTablesPresent(dataSource)) {
            flyway(dataSource, vendor, Create.VERSION).baseline();
        }
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Engine schema at " + flyway.info().current().getVersion() + " (" + applied + " migrations applied now)");
    }

    private static Flyway flyway(DataSource dataSource, String vendor, String baseline) {
        return Flyway.configure(EngineSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(new String[0]) // no scripts of ours: the migrations are the Java ones below, on the engine's scripts
                .javaMigrations(new Create(vendor))
                .baselineOnMigrate(true)
                .baselineVersion(baseline)
                // no apostrophe: on PostgreSQL Flyway writes the description into its SQL unescaped
                .baselineDescription(baseline.equals("0") ? "before the engine tables" : "tables the engine made itself")
                .load();
    }

    private static boolean engineTablesPresent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
                try (var tables = connection.getMetaData().getTables(null, null, name, new String[]{"TABLE"})) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's tables", e);
        }
    }

    /** The name the engine's scripts use for the database: {@code h2} or {@code postgres}. */
    private static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgresql") ? "postgres" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    /** The tables of Camunda 7.24 with full history, identity, CMMN and DMN, in the order the engine creates them. */
    static final class Create implements JavaMigration {

        static final String VERSION = "7.24";
        private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine",
                "case.history", "decision.engine", "decision.history");

        private final String vendor;

        Create(String vendor) {
            this.vendor = vendor;
        }

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(VERSION);
        }

        @Override
        public String getDescription() {
            return "Camunda 7.24 engine tables";
        }

        @Override
        public Integer getChecksum() {
            return null;
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public void migrate(Context context) throws Exception {
            try (Statement statement = context.getConnection().createStatement()) {
                for (String part : PARTS) {
                    for (String sql : statements("org/camunda/bpm/engine/db/create/activiti." + vendor + ".create." + part + ".sql")) {
                        statement.execute(sql);
                    }
                }
            }
        }

        /** The script's statements, as the engine reads them: comment lines skipped, each ended by a semicolon. */
        static List<String> statements(String resource) throws IOException {
            InputStream script = Create.class.getClassLoader().getResourceAsStream(resource);
            if (script == null) {
                throw new IllegalStateException("The engine's script " + resource + " is missing");
            }
            List<String> statements = new java.util.ArrayList<>();
            StringBuilder current = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String text = line.strip();
                    if (text.isEmpty() || text.startsWith("--") || text.startsWith("#")) {
                        continue;
                    }
                    current.append(text).append(' ');
                    if (text.endsWith(";")) {
                        statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                        current.setLength(0);
                    }
                }
            }
            return statements;
        }
    }
}
