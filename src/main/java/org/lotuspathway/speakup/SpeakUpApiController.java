package org.lotuspathway.speakup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.lotuspathway.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Speaking up as JSON, without authentication: for a trust's own intranet form or app. The same
 * rules as the public pages: limits per client, and nothing of the request (address, browser) kept.
 */
@RestController
@RequestMapping("/api/speak-up")
class SpeakUpApiController {

    private final ReportDoor door;
    private final SpeakUpReports reports;
    private final SpeakUpLimits limits;

    SpeakUpApiController(ReportDoor door, SpeakUpReports reports, SpeakUpLimits limits) {
        this.door = door;
        this.reports = reports;
        this.limits = limits;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Raised(String reference, String accessCode) {
    }

    record Status(String reference, String status, String meaning, List<Message> messages) {
    }

    record Message(String from, Instant writtenAt, String text) {
    }

    @PostMapping
    ResponseEntity<Raised> raise(@RequestBody NewReport report, HttpServletRequest request) {
        door.knock(request.getRemoteAddr());
        SpeakUpIntake.Received received = door.receive(request.getRemoteAddr(), report, Map.of());
        // No Location header: the only address of a report is its access code, which goes in the body alone.
        return ResponseEntity.status(HttpStatus.CREATED).body(new Raised(received.reference(), received.accessCode()));
    }

    @GetMapping("/{accessCode}")
    ResponseEntity<?> status(@PathVariable String accessCode, HttpServletRequest request) {
        limits.followUp(request.getRemoteAddr());
        return reports.followUp(accessCode)
                .<ResponseEntity<?>>map(followUp -> ResponseEntity.ok(new Status(followUp.reference(), followUp.status().label(),
                        followUp.status().meaning(), followUp.messages().stream().map(line -> new Message(
                                line.fromTeam() ? "team" : "you", line.writtenAt(), line.text())).toList())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ApiError.of(404, "No report has that access code")));
    }

    @ExceptionHandler(SpeakUpLimits.TooManyRequests.class)
    ResponseEntity<ApiError> tooMany(SpeakUpLimits.TooManyRequests refused) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "3600")
                .body(ApiError.of(429, refused.getMessage()));
    }
}
