package org.lotuspathway.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit log, for administrators: who viewed and changed which case, newest first. Reading it is recorded too. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('camunda-admin')")
class AuditController {

    static final String PAGE = "audit/log";

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    String show(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model) {
        String problem = binding.hasErrors()
                ? "That filter was not understood, so the whole log is shown. Enter dates like 2026-11-30."
                : filter.problem();
        if (problem != null) {
            filter = AuditFilter.everything();
            model.addAttribute("filter", filter);
            model.addAttribute("problem", problem);
        }
        log.record(AuditAction.READ_AUDIT_LOG, filter.businessKey(), filter.describe());
        model.addAttribute("page", log.search(filter));
        return PAGE;
    }
}
