package org.lotuspathway.register;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.insights.Csv;
import org.lotuspathway.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case register: every case, searched, filtered, sorted, paged, and exported as CSV; for a
 * member of the panel who works no other role, every case they may open.
 */
@Controller
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing')")
class RegisterController {

    static final String REGISTER = "register/cases";
    static final List<String> CSV_HEADINGS = List.of("Case", "Practitioner", "Register", "Registration number",
            "Profession", "Stage", "Risk band", "Opened on", "Closed on", "Status", "Case manager");

    private final CaseRegister register;

    RegisterController(CaseRegister register) {
        this.register = register;
    }

    @GetMapping("/cases")
    String cases(@RequestParam Map<String, String> parameters, Authentication user, Model model,
            HttpServletResponse response) {
        CurrentUser viewer = CurrentUser.of(user);
        RegisterFilter.Parsed parsed = RegisterFilter.parse(parameters);
        if (!parsed.errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "Some of the filters were not understood, so they are left out: "
                    + String.join("; ", parsed.errors().values()) + ".");
        }
        RegisterPage page = register.search(parsed.filter(), viewer);
        if (page.rows().isEmpty() && page.total() > 0) {
            // a page past the end (a bookmark from when there were more cases): the last page instead
            page = register.search(parsed.filter().onPage(page.pages() - 1), viewer);
        }
        model.addAttribute("page", page);
        model.addAttribute("filter", page.filter());
        model.addAttribute("errors", parsed.errors());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("bands", RiskBand.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("sorts", RegisterSort.values());
        return REGISTER;
    }

    /** Every matching case, in the register's order; the export itself goes to the audit log. */
    @GetMapping("/cases.csv")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> parameters, Authentication user) {
        RegisterFilter.Parsed parsed = RegisterFilter.parse(parameters);
        if (!parsed.errors().isEmpty()) {
            String why = "Nothing exported: " + String.join("; ", parsed.errors().values()) + ".";
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                    .body(why.getBytes(StandardCharsets.UTF_8));
        }
        Csv csv = new Csv().row(CSV_HEADINGS);
        register.export(parsed.filter(), CurrentUser.of(user), row -> csv.row(List.of(row.businessKey(), row.practitionerName(),
                row.register().name(), row.registerNumber(), row.profession().label(), row.stage().label(),
                row.riskBand() == null ? "" : row.riskBand().label(), row.openedOn().toString(),
                row.closedOn() == null ? "" : row.closedOn().toString(), row.status().label(),
                row.caseManager())));
        return csv.download("cases.csv");
    }
}
