package org.lotuspathway.learning;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.learning.exchange.SharedLibrary;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.triage.Route;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lessons-learnt library: every staff member, and the wider learning audience, may search it. */
@Controller
@RequestMapping("/learning")
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin', 'learning')")
class LibraryController {

    static final String LIBRARY = "learning/library";
    static final String ENTRY = "learning/entry";
    static final String NOT_FOUND = "learning/not-found";

    private final LessonsLibrary library;
    private final LibraryAccess access;
    private final LearningThemes themes;
    private final SharedLibrary shared;

    LibraryController(LessonsLibrary library, LibraryAccess access, LearningThemes themes, SharedLibrary shared) {
        this.library = library;
        this.access = access;
        this.themes = themes;
        this.shared = shared;
    }

    @GetMapping
    String search(@ModelAttribute("query") LibraryQuery query, BindingResult binding,
            @RequestParam(defaultValue = "0") int sharedPage, Authentication user, Model model) {
        String problem = binding.hasErrors() ? "That search was not understood, so every review is shown."
                : query.problem();
        if (problem != null) {
            query = LibraryQuery.everything();
            model.addAttribute("query", query);
            model.addAttribute("problem", problem);
        }
        boolean identified = access.identifies(user, query.anonymised());
        model.addAttribute("page", library.search(query, identified));
        // other organisations' learning, found with the same words and filters
        model.addAttribute("shared", shared.search(query, sharedPage));
        model.addAttribute("sharedPage", Math.max(sharedPage, 0));
        model.addAttribute("identified", identified);
        model.addAttribute("mayChoose", access.mayChoose(user));
        model.addAttribute("themes", themes.active());
        model.addAttribute("factors", SeipsFactor.values());
        model.addAttribute("areas", ConcernArea.values());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("routes", Route.values());
        model.addAttribute("decisions", PanelDecision.values());
        return LIBRARY;
    }

    @GetMapping("/reviews/{id}")
    String entry(@PathVariable long id, @RequestParam(defaultValue = "false") boolean anonymised,
            Authentication user, Model model, HttpServletResponse response) {
        Optional<LibraryEntry> entry = library.entry(id, access.identifies(user, anonymised));
        if (entry.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return NOT_FOUND;
        }
        model.addAttribute("entry", entry.get());
        model.addAttribute("mayChoose", access.mayChoose(user));
        return ENTRY;
    }
}
