package com.salesculture.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoDataDefaultTest {

    @Test
    void demoDataIsSeededByDefaultOnTheEmbeddedDatabaseOnly() {
        assertThat(DatabaseMigration.demoDataWanted(null, false)).isTrue();
        assertThat(DatabaseMigration.demoDataWanted("auto", false)).isTrue();
        assertThat(DatabaseMigration.demoDataWanted("auto", true)).as("PostgreSQL: a real installation").isFalse();
        assertThat(DatabaseMigration.demoDataWanted("", true)).isFalse();
        assertThat(DatabaseMigration.demoDataWanted("true", true)).as("asked for").isTrue();
        assertThat(DatabaseMigration.demoDataWanted("FALSE", false)).isFalse();
    }
}
