package org.lotuspathway.learning.exchange;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.process.InvalidSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The hub's administrator issues and revokes its members' tokens. */
@Controller
@RequestMapping("/admin/learning-hub")
@PreAuthorize("hasRole('camunda-admin')")
class HubAdminController {

    static final String MEMBERS = "learning/share/hub-members";

    private final HubMembers members;
    private final ExchangeSettings settings;

    HubAdminController(HubMembers members, ExchangeSettings settings) {
        this.members = members;
        this.settings = settings;
    }

    @GetMapping
    String list(Model model) {
        return page(Map.of(), Map.of(), model);
    }

    @PostMapping
    String issue(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            Authentication user, Model model, HttpServletResponse response) {
        try {
            String token = members.issue(code, name, user.getName());
            model.addAttribute("issuedTo", code.strip());
            model.addAttribute("token", token);
            return page(Map.of(), Map.of(), model);
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(invalid.errors(), Map.of("code", code == null ? "" : code, "name", name == null ? "" : name), model);
        }
    }

    @PostMapping("/revoke")
    String revoke(@RequestParam(required = false) String code, Authentication user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            members.revoke(code, user.getName());
            redirect.addFlashAttribute("message", "The token of " + code + " is revoked: its requests are refused from now on.");
            return "redirect:/admin/learning-hub";
        } catch (InvalidSubmission invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(invalid.errors(), Map.of(), model);
        }
    }

    private String page(Map<String, String> errors, Map<String, String> values, Model model) {
        model.addAttribute("members", members.all());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("hub", settings.isHub());
        return MEMBERS;
    }
}
