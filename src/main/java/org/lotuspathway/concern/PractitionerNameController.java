package org.lotuspathway.concern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case manager checks the practitioner's name in parts, and how letters address them. */
@Controller
@RequestMapping("/cases/{businessKey}/practitioner-name")
@PreAuthorize("hasAnyRole('casemanager', 'camunda-admin')")
class PractitionerNameController {

    static final String PAGE = "concern/practitioner-name";
    static final String NOT_FOUND = "casefile/not-found";

    private final PractitionerNames names;

    PractitionerNameController(PractitionerNames names) {
        this.names = names;
    }

    @GetMapping
    String show(@PathVariable String businessKey, Model model) {
        Practitioner practitioner = names.of(businessKey);
        model.addAttribute("name", NameForm.of(practitioner.personalName()));
        return page(businessKey, practitioner, model);
    }

    @PostMapping
    String confirm(@PathVariable String businessKey, @Valid @ModelAttribute("name") NameForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(businessKey, names.of(businessKey), model);
        }
        Practitioner confirmed = names.confirm(businessKey, form.personalName());
        redirect.addFlashAttribute("message", "Name confirmed. Letters will begin \"Dear " + confirmed.salutation() + "\".");
        return "redirect:/cases/" + businessKey;
    }

    private static String page(String businessKey, Practitioner practitioner, Model model) {
        model.addAttribute("businessKey", businessKey);
        model.addAttribute("practitioner", practitioner);
        model.addAttribute("forms", FormOfAddress.values());
        model.addAttribute("titles", PersonalName.TITLES);
        return PAGE;
    }

    @ExceptionHandler(UnknownConcern.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }
}
