package org.lotuspathway.register;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.insights.Csv;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.People;
import org.lotuspathway.security.Roles;
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
    private final People people;
    private final StaffDirectory staff;

    RegisterController(CaseRegister register, People people, StaffDirectory staff) {
        this.register = register;
        this.people = people;
        this.staff = staff;
    }

    /** A case manager to filter by: their username, sent, and the name people know them by, shown. */
    record CaseManagerChoice(String username, String name) {
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
        model.addAttribute("managerNames", people.namesOf(page.rows().stream().map(RegisterRow::caseManager)
                .filter(Objects::nonNull).toList()));
        model.addAttribute("managers", caseManagers(page.filter().caseManager()));
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
        Map<String, String> names = new HashMap<>();
        register.export(parsed.filter(), CurrentUser.of(user), row -> csv.row(List.of(row.businessKey(), row.practitionerName(),
                row.register().name(), row.registerNumber(), row.profession().label(), row.stage().label(),
                row.riskBand() == null ? "" : row.riskBand().label(), row.openedOn().toString(),
                row.closedOn() == null ? "" : row.closedOn().toString(), row.status().label(),
                row.caseManager() == null ? "" : names.computeIfAbsent(row.caseManager(), people::nameOf))));
        return csv.download("cases.csv");
    }

    /** The case managers by name, and whoever the filter names if they are no longer one. */
    private List<CaseManagerChoice> caseManagers(String chosen) {
        List<StaffMember> members = staff.membersOf(Roles.CASE_MANAGER);
        Stream<CaseManagerChoice> choices = members.stream().map(m -> new CaseManagerChoice(m.id(), m.name()));
        if (chosen != null && members.stream().noneMatch(m -> m.id().equals(chosen))) {
            // a link may name anyone: shown by username, not looked up, so the filter tells nobody who a user is
            choices = Stream.concat(choices, Stream.of(new CaseManagerChoice(chosen, chosen + " (not a case manager now)")));
        }
        List<CaseManagerChoice> sorted = choices
                .sorted(Comparator.comparing(CaseManagerChoice::name, String.CASE_INSENSITIVE_ORDER)).toList();
        // two people of one name are told apart by their usernames
        Map<String, Long> named = sorted.stream().collect(Collectors.groupingBy(CaseManagerChoice::name, Collectors.counting()));
        return sorted.stream().map(choice -> named.get(choice.name()) > 1
                ? new CaseManagerChoice(choice.username(), choice.name() + " (" + choice.username() + ")") : choice).toList();
    }
}
