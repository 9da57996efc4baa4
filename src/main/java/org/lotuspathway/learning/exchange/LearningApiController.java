package org.lotuspathway.learning.exchange;

import java.util.List;
import java.util.Map;

import org.lotuspathway.process.PathwayClock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The learning exchange for leads' scripts (HTTP Basic): a bundle out for a period, a bundle in. */
@RestController
@RequestMapping("/api/learning")
class LearningApiController {

    private final LearningExport export;
    private final LearningImport imports;
    private final PathwayClock clock;

    LearningApiController(LearningExport export, LearningImport imports, PathwayClock clock) {
        this.export = export;
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    String export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Authentication user) {
        return export.export(MonthRange.of(from, to, null, clock.today()), "api", user.getName());
    }

    @PostMapping(value = "/import", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importBundle(@RequestBody byte[] bundle, Authentication user) {
        LearningImport.Outcome outcome = imports.importBundle(bundle, LearningImport.API, user.getName());
        return answer(outcome);
    }

    static ResponseEntity<Map<String, Object>> answer(LearningImport.Outcome outcome) {
        if (outcome.refused()) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(Map.of("problems", List.copyOf(outcome.problems())));
        }
        Map<String, Object> counts = new java.util.LinkedHashMap<>();
        counts.put("added", outcome.added());
        counts.put("skipped", outcome.skipped());
        return ResponseEntity.status(HttpStatus.CREATED).body(counts);
    }
}
