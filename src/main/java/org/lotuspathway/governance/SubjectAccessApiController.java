package org.lotuspathway.governance;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lotuspathway.register.UnknownPractitioner;
import org.lotuspathway.web.ApiError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A practitioner's subject access export for administrators: 202 while it is produced (asking
 * starts it), 200 with the ZIP once it is ready, at the same address.
 */
@RestController
@PreAuthorize("hasRole('camunda-admin')")
class SubjectAccessApiController {

    private final SubjectAccessRequests requests;

    SubjectAccessApiController(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/practitioners/{register}/{number}/export")
    ResponseEntity<?> export(@PathVariable String register, @PathVariable String number, Authentication admin) {
        SubjectAccessRequests.ApiAnswer answer = requests.forApi(register, number, admin.getName());
        if (answer.zip().isPresent()) {
            return ExportZip.attachment(answer.export(), answer.zip().get());
        }
        ExportJob export = answer.export();
        Map<String, Object> pending = new LinkedHashMap<>();
        pending.put("export", export.id());
        pending.put("status", export.status());
        pending.put("percentDone", export.percentDone());
        pending.put("message", "The export is being produced: ask again at this address for the ZIP.");
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.RETRY_AFTER, "5").body(pending);
    }

    @ExceptionHandler(UnknownPractitioner.class)
    ResponseEntity<ApiError> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "No such practitioner"));
    }
}
