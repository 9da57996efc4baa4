package org.lotuspathway.concern;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.RuntimeService;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Receives concerns: records each one and starts its pathway, together or not at all. */
@Service
@Validated
public class ConcernIntake {

    private final ConcernRepository concerns;
    private final PractitionerRepository practitioners;
    private final BusinessKeys keys;
    private final RuntimeService runtime;
    private final PathwayClock clock;

    ConcernIntake(ConcernRepository concerns, PractitionerRepository practitioners, BusinessKeys keys,
            RuntimeService runtime, PathwayClock clock) {
        this.concerns = concerns;
        this.practitioners = practitioners;
        this.keys = keys;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public Concern raise(@Valid NewConcern request, String raisedBy) {
        Concern concern = concerns.save(new Concern(keys.next(), practitionerFor(request.practitioner()),
                request.source(), request.concernAreas(), request.summary().strip(), request.receivedOn(),
                raisedBy, clock.now()));
        runtime.startProcessInstanceByKey(ConcernPathway.ID, concern.businessKey());
        return concern;
    }

    /** The same practitioner (same register and number) gathers all their concerns in one record. */
    private Practitioner practitionerFor(PractitionerDetails details) {
        String number = details.registerNumber().trim();
        return practitioners.findByRegisterAndRegisterNumber(details.register(), number)
                .orElseGet(() -> practitioners.save(new Practitioner(details.name().strip(), details.profession(),
                        details.register(), number)));
    }
}
