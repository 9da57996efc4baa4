package org.lotuspathway.speakup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.forms.FormSubmission;
import org.lotuspathway.process.InvalidSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reports waiting to be screened, and each report's page: what was reported, who raised it (to
 * those who screen, whatever the route; never on the case page unless the route is open), the
 * messages both ways, and the screening form. The Responsible Officer reads; case managers screen.
 */
@Controller
@RequestMapping("/speak-up/reports")
@PreAuthorize("hasAnyRole('casemanager', 'ro')")
class ScreeningController {

    static final String LIST = "speakup/reports";
    static final String REPORT = "speakup/report";
    static final String NOT_FOUND = "speakup/report-not-found";

    private final SpeakUpReports reports;
    private final ScreeningTasks screening;

    ScreeningController(SpeakUpReports reports, ScreeningTasks screening) {
        this.reports = reports;
        this.screening = screening;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("reports", reports.waiting());
        return LIST;
    }

    @GetMapping("/{reference}")
    String show(@PathVariable String reference, Model model) {
        SpeakUpReport report = reports.get(reference);
        return page(report, prefilled(report), Map.of(), model);
    }

    @PostMapping("/{reference}")
    @PreAuthorize("hasRole('casemanager')")
    String screen(@PathVariable String reference, HttpServletRequest request, HttpServletResponse response,
            Authentication user, Model model, RedirectAttributes redirect) {
        SpeakUpReport report = reports.get(reference);
        var open = screening.openFor(reference);
        if (open.isEmpty()) {
            redirect.addFlashAttribute("problem", "This report has already been screened. Nothing you entered was saved.");
            return "redirect:/speak-up/reports/" + reference;
        }
        Map<String, String[]> posted = request.getParameterMap();
        Map<String, Object> answers = FormSubmission.read(open.get().form(), posted);
        Map<String, String> problems = FormSubmission.problems(open.get().form(), posted);
        if (problems.isEmpty()) {
            problems = screening.complete(reference, user.getName(), answers);
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(report, answers, problems, model);
        }
        SpeakUpReport after = reports.get(reference);
        redirect.addFlashAttribute("message", switch (after.status()) {
            case ACCEPTED -> "Accepted: the concern is now case " + after.caseKey().orElse("") + ", and triage is next.";
            case CLOSED -> "Closed. The person who spoke up can read your reason.";
            default -> "Your question is waiting for the person who spoke up. Screening comes back when they answer.";
        });
        return after.caseKey().map(key -> "redirect:/cases/" + key).orElse("redirect:/speak-up/reports/" + reference);
    }

    /** An answer the raiser gave by email or phone, written in by the team. */
    @PostMapping("/{reference}/answer")
    @PreAuthorize("hasRole('casemanager')")
    String recordAnswer(@PathVariable String reference, @RequestParam(required = false) String answer,
            Authentication user, RedirectAttributes redirect) {
        try {
            reports.recordAnswer(reference, answer, user.getName());
            redirect.addFlashAttribute("message", "Their answer is recorded, and the report is back for screening.");
        } catch (InvalidSubmission invalid) {
            redirect.addFlashAttribute("problem", String.join(" ", invalid.errors().values()) + ". Nothing was recorded.");
        }
        return "redirect:/speak-up/reports/" + reference;
    }

    @ExceptionHandler(UnknownReport.class)
    String unknown(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return NOT_FOUND;
    }

    private String page(SpeakUpReport report, Map<String, ?> values, Map<String, String> errors, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("messages", reports.messagesOf(report));
        var open = screening.openFor(report.reference());
        model.addAttribute("form", open.map(ScreeningTasks.Open::form).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return REPORT;
    }

    /** The screening form starts from what the raiser told us about the practitioner. */
    private static Map<String, Object> prefilled(SpeakUpReport report) {
        Map<String, Object> values = new HashMap<>();
        values.put("practitionerName", report.aboutName());
        values.put("profession", report.aboutProfession().name());
        report.aboutRegister().ifPresent(register -> values.put("register", register.name()));
        report.aboutRegisterNumber().ifPresent(number -> values.put("registerNumber", number));
        if (report.route() == SpeakUpRoute.ANONYMOUS) {
            values.put("source", ConcernSource.ANONYMOUS.name());
        }
        values.put("concernAreas", List.of());
        return values;
    }
}
