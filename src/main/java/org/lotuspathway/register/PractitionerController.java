package org.lotuspathway.register;

import org.lotuspathway.concern.Practitioner;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.register.StatusUpdate.ListInput;
import org.lotuspathway.register.StatusUpdate.RegistrationInput;
import org.lotuspathway.register.StatusUpdate.VettingInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A practitioner's record for the case team, and the forms that record their registration,
 * performers list and vetting (case managers and the Responsible Officer); the list of
 * practitioners whose checks are missing or overdue.
 */
@Controller
@RequestMapping("/practitioners")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing')")
class PractitionerController {

    static final String RECORD = "register/practitioner";
    static final String EDIT = "register/edit";
    static final String CHECKS = "register/checks";
    static final String NOT_FOUND = "register/not-found";

    private final PractitionerRecords records;
    private final OverdueChecks overdue;
    private final PractitionerContacts contacts;

    PractitionerController(PractitionerRecords records, OverdueChecks overdue, PractitionerContacts contacts) {
        this.records = records;
        this.overdue = overdue;
        this.contacts = contacts;
    }

    @GetMapping("/{register}/{number}")
    String show(@PathVariable String register, @PathVariable String number, Authentication user, Model model) {
        model.addAttribute("file", records.showTo(CurrentUser.of(user), register, number, "record page"));
        return RECORD;
    }

    @GetMapping("/{register}/{number}/{part:registration|performers-list|vetting}")
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    String edit(@PathVariable String register, @PathVariable String number, @PathVariable String part, Model model) {
        PractitionerFile file = records.show(register, number, "record page, to change it");
        return form(file, part, RecordForms.current(file, part), Map.of(), model);
    }

    @PostMapping("/{register}/{number}/registration")
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    String recordRegistration(@PathVariable String register, @PathVariable String number,
            @ModelAttribute RegistrationInput input, Authentication user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(register, number, "registration", input, new StatusUpdate(input, null, null), user, model,
                response, redirect);
    }

    @PostMapping("/{register}/{number}/performers-list")
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    String recordList(@PathVariable String register, @PathVariable String number, @ModelAttribute ListInput input,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(register, number, "performers-list", input, new StatusUpdate(null, input, null), user, model,
                response, redirect);
    }

    @PostMapping("/{register}/{number}/vetting")
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    String recordVetting(@PathVariable String register, @PathVariable String number, @ModelAttribute VettingInput input,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(register, number, "vetting", input, new StatusUpdate(null, null, input), user, model, response,
                redirect);
    }

    @GetMapping("/{register}/{number}/contact")
    @PreAuthorize("hasAnyRole('casemanager', 'ro', 'wellbeing')")
    String contact(@PathVariable String register, @PathVariable String number, Model model) {
        PractitionerFile file = records.show(register, number, "record page, to change the contact details");
        return ContactForm.forTeam(file.practitioner(), contacts.current(file.practitioner()), Map.of(), model);
    }

    @PostMapping("/{register}/{number}/contact")
    @PreAuthorize("hasAnyRole('casemanager', 'ro', 'wellbeing')")
    String changeContact(@PathVariable String register, @PathVariable String number, @ModelAttribute ContactInput input,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            contacts.change(register, number, input, user.getName());
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return ContactForm.forTeam(records.find(register, number), input, invalid.errors(), model);
        }
        Practitioner practitioner = records.find(register, number);
        redirect.addFlashAttribute("message", "Contact details saved for " + practitioner.name() + ".");
        return "redirect:/practitioners/" + practitioner.register() + "/" + practitioner.registerNumber();
    }


    /** A page number not understood is said, and the first page shown, as the register does. */
    @GetMapping("/checks")
    @PreAuthorize("hasAnyRole('ro', 'casemanager')")
    String checks(@RequestParam(defaultValue = "false") boolean openCasesOnly,
            @RequestParam(defaultValue = "0") String page, Model model, HttpServletResponse response) {
        int number = RegisterFilter.pageNumber(page);
        if (number < 0) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "The page was not understood, so the first is shown: "
                    + RegisterFilter.PAGE_PROBLEM + ".");
        }
        model.addAttribute("page", overdue.find(openCasesOnly, Math.max(number, 0)));
        model.addAttribute("openCasesOnly", openCasesOnly);
        return CHECKS;
    }

    @ExceptionHandler(UnknownPractitioner.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }

    private String change(String register, String number, String part, Object input, StatusUpdate update,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            PractitionerFile file = records.update(register, number, update, user.getName());
            redirect.addFlashAttribute("message", RecordForms.title(part) + " recorded for "
                    + file.practitioner().name() + ".");
            return "redirect:/practitioners/" + file.practitioner().register() + "/" + file.practitioner().registerNumber();
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(records.show(register, number, "record page, to change it"), part, input,
                    fieldErrors(invalid.errors()), model);
        }
    }

    private String form(PractitionerFile file, String part, Object values, Map<String, String> errors, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("part", part);
        model.addAttribute("formTitle", RecordForms.title(part));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        RecordForms.choices().forEach(model::addAttribute);
        return EDIT;
    }

    /** "vetting.issuedOn" names the field issuedOn on the vetting form. */
    private static Map<String, String> fieldErrors(Map<String, String> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach((key, message) -> byField.put(key.substring(key.indexOf('.') + 1), message));
        return byField;
    }
}
