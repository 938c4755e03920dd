package com.salesculture.domain.infrastructure.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Marks a transaction once it has opened the persistence context: EclipseLink calls this when it
 * acquires the transaction's unit of work, where every change made through JPA waits for its flush
 * (persistence.xml). Plain SQL ({@link Sql}) flushes only then: a transaction that never opened the
 * context has nothing to flush, and opening one only to flush it cost each survey submission a
 * persistence context and its synchronisation (docs/benchmarks.md).
 */
public class PersistenceContextOpenings extends SessionEventAdapter {

    private static final Object OPENED = PersistenceContextOpenings.class.getName() + ".opened";

    @Override
    public void postAcquireUnitOfWork(SessionEvent event) {
        TransactionSynchronizationRegistry transaction = Registry.TRANSACTIONS;
        if (transaction.getTransactionKey() != null) {
            transaction.putResource(OPENED, Boolean.TRUE);
        }
    }

    /** Whether the current transaction has opened the persistence context; never outside a transaction. */
    static boolean openedInThisTransaction() {
        TransactionSynchronizationRegistry transaction = Registry.TRANSACTIONS;
        return transaction.getTransactionKey() != null && transaction.getResource(OPENED) != null;
    }

    /** Looked up once, on first use. */
    private static final class Registry {
        static final TransactionSynchronizationRegistry TRANSACTIONS = lookUp();

        private static TransactionSynchronizationRegistry lookUp() {
            try {
                return (TransactionSynchronizationRegistry) new InitialContext().lookup(CulturePersistence.TRANSACTION_REGISTRY);
            } catch (NamingException e) {
                throw new IllegalStateException("The server's transaction registry is not bound", e);
            }
        }
    }
}
