package org.lotuspathway.audit;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.lotuspathway.process.engine.PathwayHistory;

/**
 * Records every successful view of a case, the changes to a case that do not go through the
 * engine (a practitioner's reply, pausing and resuming), and every refused request for a case, a
 * task, a letter, the register or a practitioner's record, whether Spring Security refused it or the
 * page said "not found". One table of the case-level addresses, in one place, instead of a call in
 * every controller. Changes through the engine are recorded by {@link EngineAuditing}.
 */
@Component
class AuditedRequests implements HandlerInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedRequests.class);

    /** What a successful GET of each case-level address means. */
    private static final Map<String, Audited> VIEWS = Map.ofEntries(
            Map.entry("/cases/{businessKey}", new Audited(AuditAction.VIEWED_CASE, "case page")),
            Map.entry("/cases/{businessKey}/letters/{updateId}", new Audited(AuditAction.READ_LETTER, "case page")),
            Map.entry("/cases/{businessKey}/letters/{updateId}/letter.pdf",
                    new Audited(AuditAction.DOWNLOADED_LETTER, "case page")),
            Map.entry("/cases/{businessKey}/diagram", new Audited(AuditAction.VIEWED_DIAGRAM, "case page")),
            Map.entry("/cases/{businessKey}/practitioner-name", new Audited(AuditAction.VIEWED_CASE, "name page")),
            Map.entry("/tasks/{taskId}", new Audited(AuditAction.VIEWED_TASK, "task page")),
            Map.entry("/portal/cases/{businessKey}", new Audited(AuditAction.VIEWED_CASE, "portal")),
            Map.entry("/portal/letters/{updateId}", new Audited(AuditAction.READ_LETTER, "portal")),
            Map.entry("/portal/letters/{updateId}/letter.pdf", new Audited(AuditAction.DOWNLOADED_LETTER, "portal")),
            Map.entry("/api/concerns/{businessKey}", new Audited(AuditAction.VIEWED_CASE, "API")),
            Map.entry("/api/cases/{businessKey}/tasks", new Audited(AuditAction.VIEWED_CASE, "API, its open tasks")),
            Map.entry("/api/cases/{businessKey}/documents", new Audited(AuditAction.VIEWED_CASE, "API, its documents")),
            Map.entry("/cases/{businessKey}/documents/{documentId}",
                    new Audited(AuditAction.DOWNLOADED_DOCUMENT, "case page")),
            Map.entry("/api/cases/{businessKey}/documents/{documentId}",
                    new Audited(AuditAction.DOWNLOADED_DOCUMENT, "API")),
            Map.entry("/portal/cases/{businessKey}/documents/{documentId}",
                    new Audited(AuditAction.DOWNLOADED_DOCUMENT, "portal")));

    /**
     * What a successful POST means, for changes the engine does not see. These pages follow the
     * house rule: success redirects with a "message", a refusal with a "problem" or an error status.
     */
    private static final Map<String, Audited> CHANGES = Map.ofEntries(
            Map.entry("/portal/cases/{businessKey}/responses", new Audited(AuditAction.RESPONDED, "portal")),
            Map.entry("/cases/{businessKey}/pause", new Audited(AuditAction.PAUSED, "case page")),
            Map.entry("/cases/{businessKey}/resume", new Audited(AuditAction.RESUMED, "case page")),
            Map.entry("/cases/{businessKey}/practitioner-name", new Audited(AuditAction.CONFIRMED_NAME, "name page")),
            Map.entry("/cases/{businessKey}/notes", new Audited(AuditAction.WROTE_CASE_NOTE, "case page")),
            Map.entry("/tasks/{taskId}/letter-preview", new Audited(AuditAction.PREVIEWED_LETTER, "task page")),
            Map.entry("/cases/{businessKey}/documents", new Audited(AuditAction.ADDED_DOCUMENT, "case page")),
            Map.entry("/api/cases/{businessKey}/documents", new Audited(AuditAction.ADDED_DOCUMENT, "API")),
            Map.entry("/cases/{businessKey}/documents/{documentId}/withdrawal",
                    new Audited(AuditAction.WITHDREW_DOCUMENT, "case page")));

    /**
     * Every address about one case, a task or a letter, for refusals made before Spring MVC is
     * reached (the area rules in SecurityConfig).
     */
    private static final List<PathPattern> CASE_LEVEL = Stream.of("/cases/{businessKey}/**",
                    "/tasks/{taskId}/**", "/portal/cases/{businessKey}/**", "/portal/letters/{updateId}/**",
                    "/api/concerns/{businessKey}", "/api/cases/{businessKey}/tasks", "/api/cases/{businessKey}/documents/**",
                    "/api/tasks/{taskId}")
            .map(PathPatternParser.defaultInstance::parse).toList();

    /**
     * The register and practitioners' records, whose refusals are recorded too, whoever refused
     * them (Spring Security, a controller's @PreAuthorize, or a record that is not theirs, "not
     * found"); a record's lines carry its registration ("GMC 7000001") where a case's carry its key.
     */
    private static final List<PathPattern> RECORD_LEVEL = Stream.of("/cases", "/cases.csv", "/api/cases",
                    "/practitioners/checks", "/practitioners/{register}/{number}/**",
                    "/api/practitioners/{register}/{number}", "/portal/record", "/portal/record/{register}/{number}/**")
            .map(PathPatternParser.defaultInstance::parse).toList();

    record Audited(AuditAction action, String where) {
    }

    private final AuditLog log;
    private final AuditEventRepository events;
    private final PathwayHistory cases;

    AuditedRequests(AuditLog log, AuditEventRepository events, PathwayHistory cases) {
        this.log = log;
        this.events = events;
        this.cases = cases;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        Principal user = request.getUserPrincipal();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (user == null || pattern == null) {
            return;
        }
        try {
            record(request, response, ex, user.getName(), pattern.toString());
        } catch (RuntimeException failure) {
            // The answer has gone; say loudly that its record could not be kept.
            LOG.error("Could not record {} {} by {} in the audit log", request.getMethod(), request.getRequestURI(),
                    user.getName(), failure);
        }
    }

    /** A case-level request that Spring Security refused to a signed-in user before any controller ran. */
    @EventListener
    void refusedBySecurity(AuthorizationDeniedEvent<?> denied) {
        if (!(denied.getObject() instanceof HttpServletRequest request)) {
            return; // a method refused: afterCompletion records it, with the page's own variables
        }
        Authentication user = denied.getAuthentication().get();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return;
        }
        try {
            Stream.concat(CASE_LEVEL.stream(), RECORD_LEVEL.stream()).map(pattern -> pattern.matchAndExtract(path(request)))
                    .filter(Objects::nonNull).findFirst()
                    .ifPresent(match -> log.record(user.getName(), AuditAction.REFUSED,
                            requestedKey(match.getUriVariables()),
                            request.getMethod() + " " + request.getRequestURI() + " (403)"));
        } catch (RuntimeException failure) {
            // Refused all the same; say loudly that the refusal could not be recorded.
            LOG.error("Could not record the refusal of {} {} to {} in the audit log", request.getMethod(),
                    request.getRequestURI(), user.getName(), failure);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Exception ex, String actor,
            String pattern) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        int status = response.getStatus();
        boolean refusal = ex instanceof AccessDeniedException || status == HttpServletResponse.SC_FORBIDDEN
                || status == HttpServletResponse.SC_NOT_FOUND;
        Optional<Map<String, String>> record = refusal ? recordLevel(request) : Optional.empty();
        if (record.isPresent() && (variables == null || !isCaseLevel(variables))) {
            variables = record.get();
        } else if (variables == null || !isCaseLevel(variables)) {
            return;
        }
        boolean get = HttpMethod.GET.matches(request.getMethod());
        if (refusal) {
            log.record(actor, AuditAction.REFUSED, requestedKey(variables),
                    request.getMethod() + " " + request.getRequestURI() + " (" + (ex != null ? 403 : status) + ")");
            return;
        }
        if (ex != null) {
            return;
        }
        Audited audited = get ? VIEWS.get(pattern) : CHANGES.get(pattern);
        if (audited == null) {
            return;
        }
        boolean succeeded = get ? status >= 200 && status < 300 : status >= 200 && status < 400 && !refused(request);
        if (succeeded) {
            log.record(actor, audited.action(), businessKeyOf(variables), detail(audited, variables));
        }
    }

    /** The variables of the register's or a record's address the request asked for, if it asked for one. */
    private static Optional<Map<String, String>> recordLevel(HttpServletRequest request) {
        return RECORD_LEVEL.stream().map(pattern -> pattern.matchAndExtract(path(request))).filter(Objects::nonNull)
                .findFirst().map(PathPattern.PathMatchInfo::getUriVariables);
    }

    private static PathContainer path(HttpServletRequest request) {
        return PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isCaseLevel(Map<String, String> variables) {
        return variables.containsKey("businessKey") || variables.containsKey("taskId")
                || variables.containsKey("updateId");
    }

    /** A form that was refused says so in a "problem" flashed to the page it redirects to. */
    private static boolean refused(HttpServletRequest request) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        return flash != null && flash.containsKey("problem");
    }

    private static String detail(Audited audited, Map<String, String> variables) {
        if (variables.containsKey("taskId")) {
            return audited.where() + ", task " + variables.get("taskId");
        }
        if (variables.containsKey("updateId")) {
            return audited.where() + ", letter " + variables.get("updateId");
        }
        if (variables.containsKey("documentId")) {
            return audited.where() + ", document " + variables.get("documentId");
        }
        return audited.where();
    }

    /**
     * What was asked for, as typed: a case reference, or else the task or letter it names; a
     * practitioner's registration as their record's lines have it; nothing for the register.
     */
    private String requestedKey(Map<String, String> variables) {
        if (variables.containsKey("register") && variables.containsKey("number")) {
            return variables.get("register").toUpperCase(Locale.ROOT) + " "
                    + variables.get("number").strip().toUpperCase(Locale.ROOT);
        }
        if (!isCaseLevel(variables)) {
            return null;
        }
        return Optional.ofNullable(variables.get("businessKey")).orElseGet(() -> businessKeyOf(variables));
    }

    private String businessKeyOf(Map<String, String> variables) {
        if (variables.containsKey("businessKey")) {
            return variables.get("businessKey");
        }
        if (variables.containsKey("taskId")) {
            return cases.caseOfTask(variables.get("taskId")).orElse(null);
        }
        return letterCase(variables.get("updateId"));
    }

    private String letterCase(String updateId) {
        try {
            return events.businessKeyOfLetter(Long.parseLong(updateId)).orElse(null);
        } catch (NumberFormatException notALetter) {
            return null;
        }
    }
}
