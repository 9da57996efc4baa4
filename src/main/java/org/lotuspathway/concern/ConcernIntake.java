package org.lotuspathway.concern;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.PathwayInstances;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/** Receives concerns: records each one and starts its pathway, together or not at all. */
@Service
@Validated
public class ConcernIntake {

    private final ConcernRepository concerns;
    private final Concerns byKey;
    private final PractitionerRepository practitioners;
    private final ConcernEqualityRepository equality;
    private final BusinessKeys keys;
    private final PathwayInstances instances;
    private final PathwayClock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ConcernIntake(ConcernRepository concerns, Concerns byKey, PractitionerRepository practitioners,
            ConcernEqualityRepository equality, BusinessKeys keys, PathwayInstances instances, PathwayClock clock,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.events = events;
        this.concerns = concerns;
        this.byKey = byKey;
        this.practitioners = practitioners;
        this.equality = equality;
        this.keys = keys;
        this.instances = instances;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Records the concern and starts its pathway in one transaction (the caller's, if it has one). */
    public Concern raise(@Valid NewConcern request, String raisedBy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> record(request, raisedBy));
            } catch (DataAccessException e) {
                // Nothing was recorded, so the intake can simply try again, in a new transaction (not
                // inside a caller's, which the failure has spoilt).
                if (!worthRetrying(e) || attempt == 3 || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw e;
                }
            }
        }
    }

    private Concern record(NewConcern request, String raisedBy) {
        Practitioner practitioner = practitionerFor(request.practitioner());
        Optional<PractitionerIdentityChanged> changed = confirmIdentity(practitioner, request, raisedBy);
        Concern concern = byKey.add(new Concern(keys.next(), practitioner,
                request.source(), request.concernAreas(), request.summary().strip(), request.receivedOn(),
                raisedBy, clock.now()));
        changed.ifPresent(change -> events.publishEvent(new PractitionerIdentityChanged(change.practitioner(),
                change.nameBefore(), change.professionBefore(), concern.businessKey(), raisedBy)));
        if (request.equality() != null && !request.equality().isEmpty()) {
            equality.save(new ConcernEquality(concern, request.equality()));
        }
        instances.startPathway(concern.businessKey());
        return concern;
    }

    /**
     * Two intakes about the same new practitioner at once: both looked for them, neither found them,
     * and the registration's unique key let only one record them; the other, on trying again, finds
     * that record. The database says so with a unique key violation, or (H2) by making the second
     * insert wait for the first and time out. Any other lock timeout or deadlock is worth a retry too.
     */
    private static boolean worthRetrying(DataAccessException e) {
        String message = e.getMostSpecificCause().getMessage();
        return e instanceof ConcurrencyFailureException || (e instanceof DataIntegrityViolationException
                && message != null && message.toLowerCase(Locale.ROOT).contains("uk_practitioner_registration"));
    }

    /**
     * A number on record under another name or profession: refused unless the request confirms it is
     * the same person, whose name and profession then become those given.
     */
    private Optional<PractitionerIdentityChanged> confirmIdentity(Practitioner practitioner, NewConcern request,
            String raisedBy) {
        PractitionerDetails given = request.practitioner();
        if (practitioner.id() == null || practitioner.isKnownAs(given.personalName(), given.profession())) {
            return Optional.empty();
        }
        if (!request.confirmExisting()) {
            throw new PractitionerMismatch(PractitionerMismatch.Details.of(practitioner),
                    PractitionerMismatch.Details.of(given), concerns.countByPractitioner(practitioner));
        }
        String nameBefore = practitioner.name();
        Profession professionBefore = practitioner.profession();
        practitioner.renameAfterConfirmation(given.personalName(), given.givenInParts(), given.profession());
        return Optional.of(new PractitionerIdentityChanged(practitioner, nameBefore, professionBefore, null, raisedBy));
    }

    /**
     * The same practitioner (same register and number) gathers all their concerns in one record. A
     * name given in parts is taken as confirmed; one written in one piece is split, for the case
     * manager to confirm on the case page.
     */
    private Practitioner practitionerFor(PractitionerDetails details) {
        String number = details.registerNumber().trim();
        return practitioners.findByRegisterAndRegisterNumber(details.register(), number)
                .orElseGet(() -> practitioners.save(new Practitioner(details.personalName(), details.givenInParts(),
                        details.profession(), details.register(), number)));
    }
}
