package org.lotuspathway.concern;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.forms.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Raising a concern from the web, on the form leads maintain in {@code forms/raise-concern.form}. */
@Controller
@RequestMapping("/concerns")
@PreAuthorize("hasAnyRole('casemanager', 'ro', 'camunda-admin')")
class ConcernController {

    static final String NEW = "concern/new";

    private final IntakeForm form;
    private final ConcernIntake intake;

    ConcernController(IntakeForm form, ConcernIntake intake) {
        this.form = form;
        this.intake = intake;
    }

    @GetMapping("/new")
    String newConcern(Model model) {
        return page(Map.of(), Map.of(), model);
    }

    /**
     * The person chooses, when the registration number is on record under another name or
     * profession: {@code SAME} (the same person: their details become those typed, recorded) or
     * {@code CORRECT_NUMBER} (the form again, to correct the number). Not a field of the lead's form.
     */
    static final String IDENTITY_CHOICE = "identityChoice";

    @PostMapping
    String raise(@RequestParam(name = IDENTITY_CHOICE, required = false) String identityChoice,
            @RequestParam(defaultValue = "false") boolean identityAsked, HttpServletRequest request, HttpServletResponse response, Authentication user, Model model,
            RedirectAttributes redirect) {
        Map<String, Object> answers = FormSubmission.read(form.schema(), request.getParameterMap());
        Map<String, String> problems = form.problems(answers);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(answers, problems, model);
        }
        NewConcern concern = form.toConcern(answers);
        try {
            Concern raised = intake.raise("SAME".equals(identityChoice) ? concern.confirmingExisting() : concern,
                    user.getName());
            redirect.addFlashAttribute("message", "Concern " + raised.businessKey() + " raised. Triage is next.");
            return "redirect:/cases/" + raised.businessKey();
        } catch (PractitionerMismatch mismatch) {
            Map<String, String> errors = new LinkedHashMap<>();
            if ("CORRECT_NUMBER".equals(identityChoice)) {
                errors.put("registerNumber", "Correct the registration number: " + mismatch.onRecord().registration()
                        + " is " + mismatch.onRecord().name() + ", " + mismatch.onRecord().professionLabel());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return page(answers, errors, model);
            }
            if (identityAsked || identityChoice != null) {
                errors.put(IDENTITY_CHOICE, "Say whether this is the same person, or correct the number");
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("mismatch", mismatch);
            return page(answers, errors, model);
        }
    }

    private String page(Map<String, ?> values, Map<String, String> errors, Model model) {
        model.addAttribute("form", form.schema());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return NEW;
    }
}
