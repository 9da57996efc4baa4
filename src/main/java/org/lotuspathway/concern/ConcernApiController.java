package org.lotuspathway.concern;

import java.net.URI;

import jakarta.validation.Valid;

import org.lotuspathway.process.engine.PathwayHistory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON face of intake, for integrations such as a complaints system (HTTP Basic). */
@RestController
@RequestMapping("/api/concerns")
class ConcernApiController {

    private final ConcernIntake intake;
    private final Concerns concerns;
    private final PathwayHistory history;
    private final CaseAccess access;
    private final OwnCaseViews ownCases;

    ConcernApiController(ConcernIntake intake, Concerns concerns, PathwayHistory history, CaseAccess access,
            OwnCaseViews ownCases) {
        this.intake = intake;
        this.concerns = concerns;
        this.history = history;
        this.access = access;
        this.ownCases = ownCases;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('casemanager', 'ro', 'camunda-admin')")
    ResponseEntity<ConcernView> raise(@Valid @RequestBody NewConcern request, Authentication user) {
        Concern concern = intake.raise(request, user.getName());
        return ResponseEntity.created(URI.create("/api/concerns/" + concern.businessKey()))
                .body(ConcernView.of(concern, history.stepsOf(concern.businessKey())));
    }

    /**
     * The registration number is on record under another name or profession: 409 with both, until
     * the request says {@code "confirmExisting": true} (or the number is corrected).
     */
    @ExceptionHandler(PractitionerMismatch.class)
    ResponseEntity<IdentityConflict> mismatch(PractitionerMismatch mismatch) {
        PractitionerMismatch.Details onRecord = mismatch.onRecord();
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new IdentityConflict(409, onRecord.registration()
                + " is on record as " + onRecord.name() + ", " + onRecord.professionLabel() + ", not "
                + mismatch.given().name() + ", " + mismatch.given().professionLabel() + ". Nothing was filed. If the "
                + "concern is about the same person, send it again with \"confirmExisting\": true: their name and "
                + "profession become those given, and the change is recorded. Otherwise correct the registration number.",
                onRecord, mismatch.given(), mismatch.concernsOnRecord()));
    }

    record IdentityConflict(int status, String message, PractitionerMismatch.Details onRecord,
            PractitionerMismatch.Details given, long concernsOnRecord) {
    }

    /**
     * The case team see the whole case; the practitioner it is about sees what their portal shows,
     * and no more (not the summary, source, risk band or steps). Anyone else is told it does not
     * exist, so that nothing leaks.
     */
    @GetMapping("/{businessKey}")
    Object show(@PathVariable String businessKey, Authentication user) {
        if (!access.isStaff(user)) {
            return ownCases.ofOwnCase(user.getName(), businessKey);
        }
        Concern concern = concerns.get(businessKey);
        if (!access.canView(user, concern)) {
            throw new UnknownConcern(businessKey);
        }
        return ConcernView.of(concern, history.stepsOf(businessKey));
    }
}
