package org.lotuspathway.concern;

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

    @PostMapping
    String raise(HttpServletRequest request, HttpServletResponse response, Authentication user, Model model,
            RedirectAttributes redirect) {
        Map<String, Object> answers = FormSubmission.read(form.schema(), request.getParameterMap());
        Map<String, String> problems = form.problems(answers);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(answers, problems, model);
        }
        Concern concern = intake.raise(form.toConcern(answers), user.getName());
        redirect.addFlashAttribute("message", "Concern " + concern.businessKey() + " raised. Triage is next.");
        return "redirect:/cases/" + concern.businessKey();
    }

    private String page(Map<String, ?> values, Map<String, String> errors, Model model) {
        model.addAttribute("form", form.schema());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return NEW;
    }
}
