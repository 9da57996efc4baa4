package org.lotuspathway.learning.exchange;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.learning.LearningTheme;
import org.lotuspathway.learning.LearningThemes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Other organisations' learning as every reader of the library sees it: an entry, a theme's page
 * (with what other organisations changed), and, for leads and the Responsible Officer, each theme's
 * counts across organisations.
 */
@Controller
@PreAuthorize("hasAnyRole('casemanager', 'pag', 'ro', 'wellbeing', 'lead', 'camunda-admin', 'learning')")
class SharedController {

    static final String ENTRY = "learning/share/entry";
    static final String THEME = "learning/share/theme";
    static final String ACROSS = "learning/share/across";
    static final String NOT_FOUND = "learning/not-found";

    private final SharedLibrary shared;
    private final LearningThemes themes;
    private final ThemeChanges changes;
    private final AcrossOrganisations across;

    SharedController(SharedLibrary shared, LearningThemes themes, ThemeChanges changes, AcrossOrganisations across) {
        this.shared = shared;
        this.themes = themes;
        this.changes = changes;
        this.across = across;
    }

    @GetMapping("/learning/shared/{id}")
    String entry(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<SharedEntry> entry = id.length() > 36 ? Optional.empty() : shared.entry(id);
        if (entry.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return NOT_FOUND;
        }
        model.addAttribute("entry", entry.get());
        model.addAttribute("themeNames", themes.names());
        return ENTRY;
    }

    @GetMapping("/learning/theme/{code}")
    String theme(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<LearningTheme> theme = themes.all().stream().filter(t -> t.code().equals(code)).findFirst();
        if (theme.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return NOT_FOUND;
        }
        model.addAttribute("theme", theme.get());
        model.addAttribute("ours", changes.ours(code));
        model.addAttribute("theirs", shared.changesOnTheme(code));
        return THEME;
    }

    @GetMapping("/learning/share/across")
    @PreAuthorize("hasAnyRole('lead', 'ro')")
    String across(Model model) {
        model.addAttribute("table", across.table());
        return ACROSS;
    }
}
