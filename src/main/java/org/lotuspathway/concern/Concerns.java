package org.lotuspathway.concern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds concerns by business key for the features that record on them. */
@Service
public class Concerns {

    private final ConcernRepository repository;

    Concerns(ConcernRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Concern get(String businessKey) {
        return repository.findByBusinessKey(businessKey).orElseThrow(() -> new UnknownConcern(businessKey));
    }
}
