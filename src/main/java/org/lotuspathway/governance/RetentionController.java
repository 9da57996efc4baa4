package org.lotuspathway.governance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.security.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The retention schedule's next 90 days and legal holds, for administrators (/admin/retention). */
@Controller
@RequestMapping("/admin/retention")
@PreAuthorize("hasRole('camunda-admin')")
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionController {

    static final String PAGE = "governance/retention";
    private static final String REDIRECT = "redirect:/admin/retention";

    private final RetentionSchedule schedule;
    private final LegalHolds holds;
    private final People people;
    private final RetentionSettings settings;
    private final String cron;

    RetentionController(RetentionSchedule schedule, LegalHolds holds, People people, RetentionSettings settings,
            @Value(Erasures.WHEN) String cron) {
        this.schedule = schedule;
        this.holds = holds;
        this.people = people;
        this.settings = settings;
        this.cron = cron;
    }

    @GetMapping
    String show(Authentication admin, Model model) {
        return page(admin, Map.of(), Map.of(), model);
    }

    /** Placed, or the page again with what was typed and what is wrong with it (400). */
    @PostMapping("/hold")
    String hold(@RequestParam(defaultValue = "") String businessKey, @RequestParam(defaultValue = "") String reason,
            Authentication admin, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String reference = LegalHolds.reference(businessKey);
        try {
            Optional<String> becameCase = holds.hold(reference, reason, admin.getName());
            redirect.addFlashAttribute("message", reference + " is held: it will not be erased until the hold is lifted."
                    + becameCase.map(key -> " It became the case " + key + ", which a hold of its own would keep.")
                            .orElse(""));
            return REDIRECT;
        } catch (InvalidSubmission refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // a reference is shown back only as letters, digits and dashes: anything else was refused for it
            String typed = LegalHolds.wellFormed(reference) ? reference : "";
            return page(admin, refused.errors(), Map.of("businessKey", typed, "reason", reason), model);
        }
    }

    @PostMapping("/lift")
    String lift(@RequestParam(defaultValue = "") String businessKey, Authentication admin, RedirectAttributes redirect) {
        String reference = LegalHolds.reference(businessKey);
        try {
            holds.lift(reference, admin.getName());
            redirect.addFlashAttribute("message", "The hold on " + reference + " is lifted.");
        } catch (InvalidSubmission refused) {
            redirect.addFlashAttribute("problem", String.join(" ", refused.errors().values()));
        }
        return REDIRECT;
    }

    private String page(Authentication admin, Map<String, String> problems, Map<String, String> values, Model model) {
        model.addAttribute("due", schedule.nextDays(admin.getName()));
        List<LegalHold> all = holds.holds();
        model.addAttribute("holds", all);
        model.addAttribute("holders", people.namesOf(all.stream().map(LegalHold::heldBy).toList()));
        model.addAttribute("problems", problems);
        model.addAttribute("values", values);
        model.addAttribute("years", settings.closedCasesYears());
        model.addAttribute("lookAheadDays", RetentionSchedule.LOOK_AHEAD_DAYS);
        model.addAttribute("sentEmailsDays", settings.sentEmailsDays());
        model.addAttribute("runsNightly", !Scheduled.CRON_DISABLED.equals(cron.strip()));
        model.addAttribute("auditLogRule", settings.auditLogRule());
        return PAGE;
    }
}
