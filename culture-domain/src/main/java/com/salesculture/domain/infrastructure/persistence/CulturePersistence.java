package com.salesculture.domain.infrastructure.persistence;

/** Names that tie the persistence unit, the engine and security to the one shared datasource. */
public final class CulturePersistence {

    /** The datasource the server configuration defines (H2 or PostgreSQL); the engine uses it too. */
    public static final String DATASOURCE = "java:jboss/datasources/CultureDS";

    /**
     * The server's transaction synchronisation registry by its global name: bound for every thread, a
     * job's as a request's, where {@code java:comp} is bound only inside a component.
     */
    public static final String TRANSACTION_REGISTRY = "java:jboss/TransactionSynchronizationRegistry";

    /** The JPA persistence unit of the domain (META-INF/persistence.xml). */
    public static final String UNIT = "culture";

    /** System property that adds the demo users and data (db/demo) to the migrations. */
    public static final String DEMO_DATA_PROPERTY = "culture.demo-data";

    private CulturePersistence() {
    }
}
