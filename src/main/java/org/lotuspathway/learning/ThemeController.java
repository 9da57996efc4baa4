package org.lotuspathway.learning;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.process.InvalidSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managed list of learning themes: process leads add, rename and merge them. */
@Controller
@RequestMapping("/learning/themes")
@PreAuthorize("hasRole('lead')")
class ThemeController {

    static final String THEMES = "learning/themes";

    private final LearningThemes themes;

    ThemeController(LearningThemes themes) {
        this.themes = themes;
    }

    @GetMapping
    String list(Model model) {
        return page(Map.of(), Map.of(), model);
    }

    @PostMapping
    String add(@RequestParam(required = false) String name, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            LearningTheme added = themes.add(name);
            redirect.addFlashAttribute("message", "Theme \"" + added.name() + "\" added.");
            return "redirect:/learning/themes";
        } catch (InvalidSubmission invalid) {
            return refused(invalid, Map.of("name", value(name)), model, response);
        }
    }

    @PostMapping("/rename")
    String rename(@RequestParam(required = false) String renameCode, @RequestParam(required = false) String newName,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            LearningTheme renamed = themes.rename(renameCode, newName);
            redirect.addFlashAttribute("message", "Theme renamed to \"" + renamed.name() + "\".");
            return "redirect:/learning/themes";
        } catch (InvalidSubmission invalid) {
            return refused(invalid, Map.of("renameCode", value(renameCode), "newName", value(newName)), model, response);
        }
    }

    @PostMapping("/merge")
    String merge(@RequestParam(required = false) String mergeFrom, @RequestParam(required = false) String mergeInto,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            int reviews = themes.merge(mergeFrom, mergeInto);
            Map<String, String> names = themes.names();
            redirect.addFlashAttribute("message", "\"" + names.get(mergeFrom) + "\" merged into \""
                    + names.get(mergeInto) + "\"; " + reviews + " review(s) now carry \"" + names.get(mergeInto)
                    + "\" in its place.");
            return "redirect:/learning/themes";
        } catch (InvalidSubmission invalid) {
            return refused(invalid, Map.of("mergeFrom", value(mergeFrom), "mergeInto", value(mergeInto)), model, response);
        }
    }

    private String refused(InvalidSubmission invalid, Map<String, String> values, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(values, invalid.errors(), model);
    }

    private String page(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("themes", themes.all());
        model.addAttribute("active", themes.active());
        model.addAttribute("names", themes.names());
        model.addAttribute("reviews", themes.reviewCounts());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return THEMES;
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }
}
