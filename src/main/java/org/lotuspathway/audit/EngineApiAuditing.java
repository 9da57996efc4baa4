package org.lotuspathway.audit;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.security.CamundaPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.lotuspathway.process.engine.PathwayHistory;

/**
 * Every call to Camunda's REST APIs (ours at /engine-rest, and the webapps' own at
 * /camunda/api/engine, which Cockpit and Tasklist use) about a process instance, a task, a
 * variable, an execution or the history: who, which method, which address and the answer's
 * status. Viewing or changing a case through Camunda is then in the audit log too, not only our
 * own pages ({@link AuditedRequests}) and the engine's events ({@link EngineAuditing}). It runs
 * after Spring Security, so a call it refused is not here, and it knows who is calling.
 */
class EngineApiAuditing extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineApiAuditing.class);

    /** Jersey's view of the address: the REST API's root, then the resource and (maybe) its id. */
    private static final Pattern CASE_LEVEL = Pattern.compile(CamundaPaths.REST_ROOT
                    + "/(process-instance|task|variable-instance|execution|history)(?:/([^/]+))?(?:/.*)?",
            Pattern.CASE_INSENSITIVE);

    private final AuditLog log;
    private final PathwayHistory cases;

    EngineApiAuditing(AuditLog log, PathwayHistory cases) {
        this.log = log;
        this.cases = cases;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = CamundaPaths.normalised(request);
        Matcher caseLevel = CASE_LEVEL.matcher(path);
        Principal user = request.getUserPrincipal();
        // Counts (Cockpit's dashboard asks for many) name no case.
        if (!caseLevel.matches() || user == null || path.toLowerCase(Locale.ROOT).endsWith("/count")) {
            chain.doFilter(request, response);
            return;
        }
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            record(request, response, user.getName(), caseLevel.group(1), caseLevel.group(2), failed);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, String actor, String resource,
            String id, boolean failed) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String detail = request.getMethod() + " " + request.getRequestURI() + query + " ("
                + (failed ? "failed" : response.getStatus()) + ")";
        try {
            log.record(actor, AuditAction.USED_CAMUNDA_API, businessKeyOf(resource, id), detail);
        } catch (RuntimeException failure) {
            // The answer has gone; say loudly that its record could not be kept.
            LOG.error("Could not record {} by {} in the audit log", detail, actor, failure);
        }
    }

    /** The case a task or process instance belongs to, when the address names one. */
    private String businessKeyOf(String resource, String id) {
        if (id == null) {
            return null;
        }
        if (resource.equalsIgnoreCase("task")) {
            return cases.caseOfTask(id).orElse(null);
        }
        return resource.equalsIgnoreCase("process-instance") ? cases.caseOfProcessInstance(id).orElse(null) : null;
    }
}
