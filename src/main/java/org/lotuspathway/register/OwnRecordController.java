package org.lotuspathway.register;

import org.springframework.web.bind.annotation.ModelAttribute;

import org.lotuspathway.concern.Practitioner;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.process.InvalidSubmission;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practitioner's own record in the portal: their contact details, which they change themselves;
 * their concerns and their recorded registration, list and vetting; and a way to ask for a correction.
 * Anyone else's is "not found".
 */
@Controller
@RequestMapping("/portal/record")
@PreAuthorize("hasRole('practitioner')")
class OwnRecordController {

    static final String OWN_RECORD = "register/own-record";
    static final String NOT_FOUND = "portal/not-found";

    private final PractitionerRecords records;
    private final RecordCorrections corrections;
    private final PractitionerRepository practitioners;
    private final PractitionerContacts contacts;

    OwnRecordController(PractitionerRecords records, RecordCorrections corrections, PractitionerRepository practitioners,
            PractitionerContacts contacts) {
        this.records = records;
        this.corrections = corrections;
        this.practitioners = practitioners;
        this.contacts = contacts;
    }

    @GetMapping
    String mine(Authentication user) {
        return practitioners.findByUsername(user.getName())
                .map(p -> "redirect:/portal/record/" + p.register() + "/" + p.registerNumber())
                .orElseThrow(() -> new UnknownPractitioner(user.getName()));
    }

    @GetMapping("/{register}/{number}")
    String show(@PathVariable String register, @PathVariable String number, Authentication user, Model model) {
        model.addAttribute("file", records.showOwn(user.getName(), register, number, "portal"));
        return OWN_RECORD;
    }

    @PostMapping("/{register}/{number}/corrections")
    String askForCorrection(@PathVariable String register, @PathVariable String number,
            @RequestParam(required = false) String message, Authentication user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Practitioner asked;
        try {
            asked = corrections.ask(user.getName(), register, number, message);
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("file", records.showOwn(user.getName(), register, number, "portal"));
            model.addAttribute("correction", message);
            model.addAttribute("correctionError", invalid.errors().get("message"));
            return OWN_RECORD;
        }
        redirect.addFlashAttribute("message", "Thank you. Your case manager will look into it and reply to you.");
        return "redirect:/portal/record/" + asked.register() + "/" + asked.registerNumber();
    }

    @GetMapping("/{register}/{number}/contact")
    String contact(@PathVariable String register, @PathVariable String number, Authentication user, Model model) {
        PractitionerFile file = records.showOwn(user.getName(), register, number, "portal, to change contact details");
        return ContactForm.forPractitioner(file.practitioner(), contacts.current(file.practitioner()), Map.of(), model);
    }

    @PostMapping("/{register}/{number}/contact")
    String changeContact(@PathVariable String register, @PathVariable String number, @ModelAttribute ContactInput input,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            contacts.changeOwn(user.getName(), register, number, input);
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return ContactForm.forPractitioner(records.find(register, number), input, invalid.errors(), model);
        }
        redirect.addFlashAttribute("message", "Thank you. Your contact details are saved.");
        return "redirect:/portal/record/" + register + "/" + number;
    }


    /** Another practitioner's record, or none at all: the same answer, so nothing leaks. */
    @ExceptionHandler(UnknownPractitioner.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND;
    }
}
