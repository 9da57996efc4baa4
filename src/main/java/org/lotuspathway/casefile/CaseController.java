package org.lotuspathway.casefile;

import org.lotuspathway.concern.UnknownConcern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A case's page for the team: its whole story. Practitioners see their case in the portal instead. */
@Controller
@RequestMapping("/cases/{businessKey}")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class CaseController {

    static final String CASE = "casefile/case";
    static final String NOT_FOUND = "casefile/not-found";

    private final CaseFiles files;

    CaseController(CaseFiles files) {
        this.files = files;
    }

    @GetMapping
    String show(@PathVariable String businessKey, Model model) {
        model.addAttribute("file", files.load(businessKey));
        return CASE;
    }

    @GetMapping(value = "/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> diagram(@PathVariable String businessKey) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(files.diagram(businessKey));
    }

    @ExceptionHandler(UnknownConcern.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }
}
