package org.lotuspathway.governance;

import org.lotuspathway.process.InvalidSubmission;
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

    private final RetentionSchedule schedule;
    private final RetentionSettings settings;
    private final String cron;

    RetentionController(RetentionSchedule schedule, RetentionSettings settings,
            @Value(Erasures.WHEN) String cron) {
        this.schedule = schedule;
        this.settings = settings;
        this.cron = cron;
    }

    @GetMapping
    String show(Authentication admin, Model model) {
        model.addAttribute("due", schedule.nextDays(admin.getName()));
        model.addAttribute("holds", schedule.holds());
        model.addAttribute("years", settings.closedCasesYears());
        model.addAttribute("lookAheadDays", RetentionSchedule.LOOK_AHEAD_DAYS);
        model.addAttribute("sentEmailsDays", settings.sentEmailsDays());
        model.addAttribute("runsNightly", !Scheduled.CRON_DISABLED.equals(cron.strip()));
        model.addAttribute("auditLogRule", settings.auditLogRule());
        return PAGE;
    }

    @PostMapping("/hold")
    String hold(@RequestParam(defaultValue = "") String businessKey, @RequestParam(defaultValue = "") String reason,
            Authentication admin, RedirectAttributes redirect) {
        return done(() -> schedule.hold(businessKey.strip(), reason, admin.getName()),
                businessKey.strip() + " is held: it will not be erased until the hold is lifted.", redirect);
    }

    @PostMapping("/lift")
    String lift(@RequestParam(defaultValue = "") String businessKey, Authentication admin, RedirectAttributes redirect) {
        return done(() -> schedule.lift(businessKey.strip(), admin.getName()),
                "The hold on " + businessKey.strip() + " is lifted.", redirect);
    }

    private static String done(Runnable change, String message, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("message", message);
        } catch (InvalidSubmission invalid) {
            redirect.addFlashAttribute("problem", String.join(" ", invalid.errors().values()));
        }
        return "redirect:/admin/retention";
    }
}
