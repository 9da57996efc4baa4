package org.lotuspathway.modeler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.lotuspathway.security.StyleNonce;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The leads' modeler: open, edit, save a draft, check, deploy, look back over versions, move cases. */
@Controller
@RequestMapping("/modeler")
@PreAuthorize("hasAnyRole('lead', 'camunda-admin')")
class ModelerController {

    static final String HOME = "modeler/home";
    static final String EDIT = "modeler/edit";
    static final String MIGRATIONS = "modeler/migrations";

    private final PathwayFiles pathway;
    private final ModelDrafts drafts;
    private final ModelEdits edits;
    private final VersionHistory history;
    private final CaseMigrations migrations;
    private final EditBase editBase;

    ModelerController(PathwayFiles pathway, ModelDrafts drafts, ModelEdits edits, VersionHistory history,
            CaseMigrations migrations, EditBase editBase) {
        this.editBase = editBase;
        this.pathway = pathway;
        this.drafts = drafts;
        this.edits = edits;
        this.history = history;
        this.migrations = migrations;
    }

    /** The nonce the editor script gives the style elements it makes (security/StyleNonce). */
    @ModelAttribute("styleNonce")
    String styleNonce(HttpServletRequest request) {
        return StyleNonce.of(request);
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("files", pathway.liveFiles());
        model.addAttribute("drafts", drafts.all());
        model.addAttribute("versions", history.versions());
        return HOME;
    }

    /** Opens a file: its draft if there is one, else the live version, or the version asked for. */
    @GetMapping("/edit")
    String edit(@RequestParam String file, @RequestParam(required = false) String version, Model model) {
        Optional<ModelDraft> draft = version == null ? drafts.of(file) : Optional.empty();
        ModelFile opened = draft.map(ModelDraft::file).orElseGet(() -> pathway.file(
                version == null ? pathway.live().deploymentId() : version, file).orElseThrow(this::notFound));
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("version", version);
        // What the page shows is what the edit starts from; an earlier version replaces the current one.
        return editor(opened, List.of(), null,
                version == null ? EditBase.fingerprint(opened.content()) : editBase.current(file), model);
    }

    @PostMapping("/edit")
    String save(@RequestParam String file, @RequestParam(required = false) String content,
            @RequestParam(required = false) MultipartFile contentFile, @RequestParam String action,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String basedOn,
            Authentication user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        // The editor sends the content as a file part (see editor-form.js), so upload limits apply to it.
        if (contentFile != null) {
            content = new String(contentFile.getBytes(), StandardCharsets.UTF_8);
        } else if (content == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, "No content");
        }
        ModelFile edited = new ModelFile(file, content);
        if (edited.kind() == null) {
            throw notFound();
        }
        ModelEdits.Action chosen = ModelEdits.Action.named(action).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.BAD_REQUEST, "Unknown action"));
        ModelEdits.Result result = edits.submit(edited, chosen, basedOn, comment, user.getName());
        // the page shows the lead's edit, not yet saved
        model.addAttribute("edited", true);
        if (result instanceof ModelEdits.Refused refused) {
            response.setStatus(refused.status());
            return editor(edited, refused.problems(), comment, refused.basedOn(), model);
        }
        if (result instanceof ModelEdits.Checked checked) {
            model.addAttribute("checked", true);
            model.addAttribute("changes", checked.changes());
            return editor(edited, checked.problems(), comment, basedOn, model);
        }
        if (result instanceof ModelEdits.Deployed deployed) {
            redirect.addFlashAttribute("message", "Deployed: " + String.join(", ", deployed.versions().stream()
                    .map(v -> v.key() + " version " + v.version()).toList()) + ". New cases use it now.");
            return "redirect:/modeler";
        }
        redirect.addFlashAttribute("message", "Draft saved. It is not live until you deploy it.");
        redirect.addAttribute("file", file);
        return "redirect:/modeler/edit";
    }

    @PostMapping("/drafts/discard")
    String discard(@RequestParam String file, RedirectAttributes redirect) {
        drafts.discard(file);
        redirect.addFlashAttribute("message", "The draft of " + file + " is discarded.");
        return "redirect:/modeler";
    }

    @GetMapping("/versions/{deploymentId}/file")
    ResponseEntity<String> download(@PathVariable String deploymentId, @RequestParam String name) {
        ModelFile file = pathway.file(deploymentId, name).orElseThrow(this::notFound);
        return ResponseEntity.ok()
                .contentType(file.kind() == ModelFile.Kind.FORM ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    @GetMapping("/migrations")
    String migrations(@RequestParam(defaultValue = "concern-pathway") String process, Model model) {
        model.addAttribute("preview", preview(process));
        model.addAttribute("moves", migrations.recentMoves());
        return MIGRATIONS;
    }

    @PostMapping("/migrations")
    String move(@RequestParam String process, Authentication user, RedirectAttributes redirect) {
        CaseMigrations.Moved done;
        try {
            done = migrations.moveAll(process, user.getName());
        } catch (CaseMigrations.UnknownProcess unknown) {
            throw notFound();
        }
        redirect.addFlashAttribute("message", done.moved() + " case(s) moved to version "
                + done.preview().target().version() + " of " + process + "; " + done.left() + " could not move"
                + (done.left() > 0 ? " (the reasons are under Recent moves)." : "."));
        redirect.addAttribute("process", process);
        return "redirect:/modeler/migrations";
    }

    private CaseMigrations.Preview preview(String process) {
        try {
            return migrations.preview(process);
        } catch (CaseMigrations.UnknownProcess unknown) {
            throw notFound();
        }
    }

    private String editor(ModelFile file, List<Problem> problems, String comment, String basedOn, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("problems", problems);
        model.addAttribute("comment", comment);
        model.addAttribute("otherDrafts", drafts.all().stream().filter(d -> !d.fileName().equals(file.name())).toList());
        return EDIT;
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "No such file or version");
    }
}
