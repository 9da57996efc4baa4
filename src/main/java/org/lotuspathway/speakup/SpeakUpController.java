package org.lotuspathway.speakup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.common.PageOrder;
import org.lotuspathway.common.TypedDates;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.InvalidSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages: guidance, raising a concern without an account, following it up with an
 * access code. No session (security/SecurityConfig): each answer is a page, never a redirect with
 * a message kept for the next one, and the access code travels only in form bodies.
 */
@Controller
@RequestMapping("/speak-up")
class SpeakUpController {

    static final String GUIDANCE = "speakup/guidance";
    static final String RAISE = "speakup/raise";
    static final String RECEIVED = "speakup/received";
    static final String FOLLOW_UP = "speakup/follow-up";
    static final String TOO_MANY = "speakup/too-many";
    /**
     * A field people never see or fill; bots that fill every field fill it. Its name is one no browser
     * or password manager fills in for someone, as it might a "nickname".
     */
    static final String HONEYPOT = "leave-empty";
    private static final List<String> FIELDS_IN_PAGE_ORDER = List.of("route", "about.name", "about.profession",
            "about.workplace", "about.register", "about.registerNumber", "whatHappened", "happenedOn", "patientsAtRiskNow",
            "raiser", "raiser.name", "raiser.email", "raiser.phone", "raiser.role");

    private final ReportDoor door;
    private final SpeakUpReports reports;
    private final SpeakUpLimits limits;

    SpeakUpController(ReportDoor door, SpeakUpReports reports, SpeakUpLimits limits) {
        this.door = door;
        this.reports = reports;
        this.limits = limits;
    }

    @GetMapping
    String guidance(Model model) {
        model.addAttribute("routes", SpeakUpRoute.values());
        return GUIDANCE;
    }

    @GetMapping("/raise")
    String raiseForm(Model model) {
        return raisePage(Map.of(), Map.of(), model);
    }

    @PostMapping("/raise")
    String raise(HttpServletRequest request, HttpServletResponse response, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!name.equals("_csrf") && given.length > 0) {
                values.put(name, given[0]);
            }
        });
        if (!values.getOrDefault(HONEYPOT, "").isEmpty()) {
            // As if received, so a bot learns nothing; nothing is kept.
            return RECEIVED;
        }
        door.knock(request.getRemoteAddr());
        Map<String, String> problems = new LinkedHashMap<>();
        NewReport report = reportFrom(values, problems);
        try {
            model.addAttribute("received", door.receive(request.getRemoteAddr(), report, problems));
            return RECEIVED;
        } catch (InvalidSubmission refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return raisePage(values, refused.errors(), model);
        }
    }

    @GetMapping("/follow-up")
    String followUpForm() {
        return FOLLOW_UP;
    }

    /** Shows the report's status for a code, and takes an answer to a question when one is sent. */
    @PostMapping("/follow-up")
    String followUp(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) String answer,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        limits.followUp(request.getRemoteAddr());
        var found = reports.followUp(code);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notFound", true);
            return FOLLOW_UP;
        }
        model.addAttribute("code", code);
        var followUp = found.get();
        if (answer != null) {
            try {
                followUp = reports.answer(code, answer);
                model.addAttribute("thanks", true);
            } catch (InvalidSubmission invalid) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("errors", invalid.errors());
                model.addAttribute("answer", answer);
            }
        }
        model.addAttribute("followUp", followUp);
        return FOLLOW_UP;
    }

    @ExceptionHandler(SpeakUpLimits.TooManyRequests.class)
    String tooMany(SpeakUpLimits.TooManyRequests refused, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader("Retry-After", "3600");
        model.addAttribute("refusal", refused.getMessage());
        return TOO_MANY;
    }

    private String raisePage(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", PageOrder.of(errors, FIELDS_IN_PAGE_ORDER));
        model.addAttribute("routes", SpeakUpRoute.values());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("registers", Register.values());
        return RAISE;
    }

    /** The form's flat fields as a report; a value that is not one of the choices is a problem, not a 500. */
    private static NewReport reportFrom(Map<String, String> values, Map<String, String> problems) {
        SpeakUpRoute route = choice(values, "route", SpeakUpRoute.class, problems,
                "Choose how you want to speak up: open, confidential or anonymous");
        NewReport.About about = new NewReport.About(values.get("about.name"),
                choice(values, "about.profession", Profession.class, problems, "Choose what the person does"),
                values.get("about.workplace"), choice(values, "about.register", Register.class, problems, null),
                values.get("about.registerNumber"));
        NewReport.Raiser raiser = new NewReport.Raiser(values.get("raiser.name"), blankToNull(values.get("raiser.email")),
                values.get("raiser.phone"), values.get("raiser.role"));
        Boolean atRisk = switch (values.getOrDefault("patientsAtRiskNow", "")) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
        LocalDate happenedOn = null;
        String date = values.getOrDefault("happenedOn", "").strip();
        if (!date.isEmpty()) {
            try {
                happenedOn = TypedDates.parse(date);
            } catch (DateTimeParseException notADate) {
                problems.put("happenedOn", "Enter the date like 18/11/2026, or leave it empty");
            }
        }
        return new NewReport(route, about, values.get("whatHappened"), happenedOn, atRisk, raiser.isEmpty() ? null : raiser);
    }

    private static <E extends Enum<E>> E choice(Map<String, String> values, String key, Class<E> type,
            Map<String, String> problems, String problem) {
        String value = values.getOrDefault(key, "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException notAChoice) {
            problems.put(key, problem == null ? "Choose one of the options" : problem);
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
