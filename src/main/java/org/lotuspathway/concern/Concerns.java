package org.lotuspathway.concern;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.lotuspathway.process.TransactionScopedCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds concerns by business key for the features that record on them. Found once a transaction:
 * the listeners of one step each ask for the case (its stage, its step, its record), and a query
 * by key, unlike a find by id, does not look in the persistence context first.
 */
@Service
public class Concerns {

    private static final String FOUND_THIS_TRANSACTION = Concerns.class.getName() + ".found";

    private final ConcernRepository repository;
    private final EntityManager entityManager;

    Concerns(ConcernRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Concern get(String businessKey) {
        return find(businessKey).orElseThrow(() -> new UnknownConcern(businessKey));
    }

    /** Keeps a new concern, found at once for the rest of the transaction: the pathway's first listeners ask for it. */
    @Transactional
    Concern add(Concern concern) {
        Concern kept = repository.save(concern);
        foundThisTransaction().put(kept.businessKey(), kept);
        return kept;
    }

    /** The concern with that key, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Concern> find(String businessKey) {
        Map<String, Concern> found = foundThisTransaction();
        Concern known = found.get(businessKey);
        // still managed: a cleared persistence context would otherwise hand out a detached copy
        if (known != null && entityManager.contains(known)) {
            return Optional.of(known);
        }
        Optional<Concern> concern = repository.findByBusinessKey(businessKey);
        concern.ifPresent(it -> found.put(businessKey, it));
        return concern;
    }

    private static Map<String, Concern> foundThisTransaction() {
        return TransactionScopedCache.get(FOUND_THIS_TRANSACTION, HashMap::new);
    }
}
