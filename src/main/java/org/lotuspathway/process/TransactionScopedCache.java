package org.lotuspathway.process;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A cache that lives as long as the current transaction: a value worked out once and kept until
 * the transaction ends, for lookups that the several listeners of one step each ask for. Outside
 * a transaction it is worked out each time.
 */
public final class TransactionScopedCache {

    private TransactionScopedCache() {
    }

    /** The value kept under this key in the current transaction, worked out on first asking. */
    public static <T> T get(String key, Supplier<T> work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return work.get();
        }
        @SuppressWarnings("unchecked")
        T known = (T) TransactionSynchronizationManager.getResource(key);
        if (known != null) {
            return known;
        }
        T value = work.get();
        TransactionSynchronizationManager.bindResource(key, value);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return value;
    }
}
