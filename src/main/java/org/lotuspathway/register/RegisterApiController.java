package org.lotuspathway.register;

import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.lotuspathway.web.ApiError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register and practitioners' records for integrations (HTTP Basic), with the pages' roles. */
@RestController
@RequestMapping("/api")
class RegisterApiController {

    private final CaseRegister register;
    private final PractitionerRecords records;

    RegisterApiController(CaseRegister register, PractitionerRecords records) {
        this.register = register;
        this.records = records;
    }

    @GetMapping("/cases")
    @PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing')")
    ResponseEntity<?> cases(@RequestParam java.util.Map<String, String> parameters, Authentication user) {
        RegisterFilter.Parsed parsed = RegisterFilter.parse(parameters);
        if (!parsed.errors().isEmpty()) {
            return ResponseEntity.badRequest().body(new ApiError(400, "Some parameters need attention", parsed.errors()));
        }
        return ResponseEntity.ok(RegisterJson.Cases.of(register.search(parsed.filter(), CurrentUser.of(user))));
    }

    /**
     * The case team see anyone's record (a member of the panel who works no other role, only that of
     * a practitioner whose case they may open); a practitioner only their own, as their record page
     * shows it; "not found" for any other.
     */
    @GetMapping("/practitioners/{register}/{number}")
    @PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'practitioner')")
    RegisterJson.Record show(@PathVariable String register, @PathVariable String number, Authentication user) {
        CurrentUser current = CurrentUser.of(user);
        boolean caseWorker = Roles.CASE_WORKERS.stream().anyMatch(current::isIn);
        return caseWorker ? RegisterJson.Record.of(records.showTo(current, register, number, "API"))
                : RegisterJson.Record.ownView(records.showOwn(current.name(), register, number, "API"));
    }

    @PutMapping("/practitioners/{register}/{number}")
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    RegisterJson.Record update(@PathVariable String register, @PathVariable String number,
            @RequestBody StatusUpdate update, Authentication user) {
        return RegisterJson.Record.of(records.update(register, number, update, user.getName()));
    }

    @ExceptionHandler(UnknownPractitioner.class)
    ResponseEntity<ApiError> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "No such practitioner"));
    }

    /** Two changes to one record at once: the second is told to read it again, and changes nothing. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<ApiError> changedMeanwhile() {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ApiError.of(409, "Someone changed this record meanwhile: read it again, then make your change"));
    }
}
