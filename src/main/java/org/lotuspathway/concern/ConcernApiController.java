package org.lotuspathway.concern;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
    private final CaseHistory history;
    private final CaseAccess access;

    ConcernApiController(ConcernIntake intake, Concerns concerns, CaseHistory history, CaseAccess access) {
        this.intake = intake;
        this.concerns = concerns;
        this.history = history;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('casemanager', 'ro', 'camunda-admin')")
    ResponseEntity<ConcernView> raise(@Valid @RequestBody NewConcern request, Authentication user) {
        Concern concern = intake.raise(request, user.getName());
        return ResponseEntity.created(URI.create("/api/concerns/" + concern.businessKey()))
                .body(ConcernView.of(concern, history.of(concern.businessKey())));
    }

    /** Someone who may not see the case is told it does not exist, so that nothing leaks. */
    @GetMapping("/{businessKey}")
    ConcernView show(@PathVariable String businessKey, Authentication user) {
        Concern concern = concerns.get(businessKey);
        if (!access.canView(user, concern)) {
            throw new UnknownConcern(businessKey);
        }
        return ConcernView.of(concern, history.of(businessKey));
    }
}
