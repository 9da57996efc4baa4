package org.lotuspathway.learning.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.learning.LearningThemes;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Process leads share learning with other organisations and import theirs. */
@Controller
@RequestMapping("/learning/share")
@PreAuthorize("hasRole('lead')")
class ShareController {

    static final String SHARE = "learning/share/share";
    static final String IMPORT = "learning/share/import";

    private final LearningExport export;
    private final LearningImport imports;
    private final ThemeMapping mapping;
    private final LearningThemes themes;
    private final HubMembership hub;
    private final ExchangeSettings settings;
    private final PathwayClock clock;

    ShareController(LearningExport export, LearningImport imports, ThemeMapping mapping, LearningThemes themes,
            HubMembership hub, ExchangeSettings settings, PathwayClock clock) {
        this.export = export;
        this.imports = imports;
        this.mapping = mapping;
        this.themes = themes;
        this.hub = hub;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    String preview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Set<Long> review, Model model, HttpServletResponse response) {
        LearningExport.Selection selection;
        try {
            selection = MonthRange.of(from, to, review, clock.today());
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", invalid.errors().values().iterator().next() + ": the last twelve months are shown.");
            selection = MonthRange.of(null, null, null, clock.today());
        }
        model.addAttribute("selection", selection);
        model.addAttribute("preview", export.preview(selection));
        model.addAttribute("json", new BundleJson());
        model.addAttribute("hasHub", hub.hasHub());
        model.addAttribute("organisation", settings.organisation());
        model.addAttribute("k", settings.k());
        return SHARE;
    }

    @PostMapping("/download")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Set<Long> review, Authentication user) {
        LearningExport.Selection selection = MonthRange.of(from, to, review, clock.today());
        String bundle = export.export(selection, "download", user.getName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("learning-" + settings.organisation().code() + "-" + selection.from() + "-to-"
                                + selection.to() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bundle.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/publish")
    String publish(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Set<Long> review, Authentication user, RedirectAttributes redirect) {
        LearningExport.Selection selection = MonthRange.of(from, to, review, clock.today());
        HubMembership.Result result = hub.publish(selection, user.getName());
        if (result.problems().isEmpty()) {
            redirect.addFlashAttribute("message", "Published to the hub: " + result.added() + " new entries, "
                    + result.skipped() + " it already had.");
        } else {
            redirect.addFlashAttribute("problem", "The hub did not take the bundle: " + String.join(" ", result.problems()));
        }
        return "redirect:/learning/share?from=" + selection.from() + "&to=" + selection.to();
    }

    @GetMapping("/import")
    String importForm(Model model) {
        return importPage(null, model);
    }

    @PostMapping("/import")
    String importBundle(@RequestParam(value = "bundle", required = false) MultipartFile file, Authentication user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return importPage(List.of("Choose a bundle file exported from Lotus Pathway."), model);
        }
        if (file.getSize() > settings.maxBundleBytes()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return importPage(List.of("The bundle is larger than " + settings.maxBundleBytes() / 1024
                    + " KB, the most read at once: ask for a shorter period."), model);
        }
        LearningImport.Outcome outcome = imports.importBundle(file.getBytes(), LearningImport.UPLOAD, user.getName());
        if (outcome.refused()) {
            response.setStatus(422);
            return importPage(outcome.problems(), model);
        }
        redirect.addFlashAttribute("message", "Imported " + outcome.added() + " entries from " + outcome.organisation()
                + (outcome.skipped() > 0 ? "; " + outcome.skipped() + " were already here" : "") + ".");
        return "redirect:/learning/share/import";
    }

    @PostMapping("/themes")
    String mapTheme(@RequestParam(required = false) String code, @RequestParam(required = false) String localTheme,
            @RequestParam(required = false) String newName, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            String name = mapping.map(code, localTheme, newName);
            redirect.addFlashAttribute("message", "Entries with the theme " + code + " are now found under \"" + name + "\".");
            return "redirect:/learning/share/import";
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return importPage(List.copyOf(invalid.errors().values()), model);
        }
    }

    @PostMapping("/pull")
    String pull(RedirectAttributes redirect) {
        HubMembership.Result result = hub.pull();
        redirect.addFlashAttribute(result.problems().isEmpty() ? "message" : "problem", "Pulled from the hub: "
                + result.added() + " new entries, " + result.skipped() + " already here."
                + (result.problems().isEmpty() ? "" : " " + String.join(" ", result.problems())));
        return "redirect:/learning/share/import";
    }

    /** Months that cannot be shared, sent from the preview's buttons: back to the preview, saying why. */
    @ExceptionHandler(InvalidSubmission.class)
    String refused(InvalidSubmission invalid, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("problem", String.join(" ", invalid.errors().values()));
        return "redirect:/learning/share";
    }

    private String importPage(List<String> problems, Model model) {
        model.addAttribute("problems", problems == null ? List.of() : problems);
        model.addAttribute("unmapped", mapping.unmapped());
        model.addAttribute("themes", themes.active());
        model.addAttribute("hasHub", hub.hasHub());
        model.addAttribute("organisation", settings.organisation());
        return IMPORT;
    }

    /** Each entry as pretty JSON, for the preview. */
    static final class BundleJson {
        private final com.fasterxml.jackson.databind.ObjectWriter writer = new com.fasterxml.jackson.databind.ObjectMapper()
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                .writerWithDefaultPrettyPrinter();

        public String of(Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
            return writer.writeValueAsString(value);
        }
    }
}
