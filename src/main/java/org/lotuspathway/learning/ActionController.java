package org.lotuspathway.learning;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The improvement-action tracker: every review's actions, for the team. */
@Controller
@RequestMapping("/learning/actions")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin')")
class ActionController {

    static final String LIST = "learning/actions";
    static final String ACTION = "learning/action";
    static final String NOT_FOUND = "learning/not-found";
    static final String NOT_YOURS = "learning/not-yours";

    private final ImprovementActions actions;
    private final ActionOwners owners;

    ActionController(ImprovementActions actions, ActionOwners owners) {
        this.actions = actions;
        this.owners = owners;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ActionFilter filter, BindingResult binding, Authentication authentication,
            Model model) {
        String problem = binding.hasErrors() ? "That filter was not understood, so every action not yet done is shown."
                : filter.problem();
        if (problem != null) {
            filter = ActionFilter.defaults();
            model.addAttribute("filter", filter);
            model.addAttribute("problem", problem);
        }
        model.addAttribute("page", actions.find(filter, CurrentUser.of(authentication)));
        model.addAttribute("identifies", identifies(authentication));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("ownerNames", owners.staffNames());
        return LIST;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Model model) {
        return page(actions.get(id, CurrentUser.of(authentication)), Map.of(), authentication, model);
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam(required = false) String status,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            actions.changeStatus(id, parse(status), CurrentUser.of(authentication));
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actions.get(id, CurrentUser.of(authentication)), invalid.errors(), authentication, model);
        }
        redirect.addFlashAttribute("message", "Improvement action " + id + " is now "
                + parse(status).label().toLowerCase(Locale.UK) + ".");
        return "redirect:/learning/actions";
    }

    @PostMapping("/{id}/what-changed")
    String recordWhatChanged(@PathVariable long id, @RequestParam(required = false) String whatChanged,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            actions.recordWhatChanged(id, whatChanged, CurrentUser.of(authentication));
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actions.get(id, CurrentUser.of(authentication)), invalid.errors(), authentication, model);
        }
        redirect.addFlashAttribute("message", "What changed as a result of improvement action " + id + " is recorded.");
        return "redirect:/learning/actions/" + id;
    }

    @PostMapping("/{id}/owner")
    String handTo(@PathVariable long id, @RequestParam(required = false) String owner, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            actions.handTo(id, owner, CurrentUser.of(authentication));
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actions.get(id, CurrentUser.of(authentication)), invalid.errors(), authentication, model);
        }
        redirect.addFlashAttribute("message", "Improvement action " + id + " is now owned by "
                + owners.staffNames().get(owner) + ".");
        return "redirect:/learning/actions";
    }

    @ExceptionHandler(UnknownAction.class)
    String unknown(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return NOT_FOUND;
    }

    @ExceptionHandler(NotYourAction.class)
    String notYours(NotYourAction refusal, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("reason", refusal.getMessage());
        return NOT_YOURS;
    }

    private String page(ActionItem action, Map<String, String> errors, Authentication authentication, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("identifies", identifies(authentication));
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("ownerNames", owners.staffNames());
        return ACTION;
    }

    /** Whether the case and the owner are shown: {@link LibraryAccess}'s rule, as the actions' text follows it. */
    private static boolean identifies(Authentication authentication) {
        return LibraryAccess.seesCases(CurrentUser.of(authentication));
    }

    /** A status the form never offers is no status at all: the service asks for one. */
    private static ActionStatus parse(String status) {
        for (ActionStatus known : ActionStatus.values()) {
            if (known.name().equals(status)) {
                return known;
            }
        }
        return null;
    }
}
