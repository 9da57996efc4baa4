package org.lotuspathway.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

/**
 * The parts of Camunda's REST APIs and webapps that only some may reach, matched the way Jersey
 * matches them: on the decoded path, whatever the case, with or without a trailing slash or a
 * doubled slash. A {@code PathPatternRequestMatcher} is stricter than Jersey ("/deployment/create/"
 * is not "/deployment/create" to it, but is to Jersey), so a rule written with one can be walked
 * around; these match every form Jersey answers.
 */
public final class CamundaPaths {

    /** Where the engine's REST API starts: ours, a named engine's, and the webapps' own copy. */
    public static final String REST_ROOT = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";

    /** Deployments, all of them: new ones go only through the modeler, which checks them first. */
    static final RequestMatcher DEPLOYMENT = matching(REST_ROOT + "/deployment(?:/.*)?");

    /**
     * Starting a process instance: every process here is started by the application itself (a
     * concern raised, or the pathway calling a check-in), never through Camunda's APIs. Evaluating
     * conditional start events ({@code /condition}) does nothing but start processes.
     */
    static final RequestMatcher PROCESS_START = matching(REST_ROOT
            + "(?:/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:start|submit-form|restart|restart-async)"
            + "|/condition)");

    /** Admin's first-run page, which creates an administrator. */
    static final RequestMatcher ADMIN_SETUP = matching("/camunda/api/admin/setup(?:/.*)?");

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private CamundaPaths() {
    }

    /** Any request that could change something: every method but GET, HEAD and OPTIONS. */
    static RequestMatcher changing(RequestMatcher paths) {
        return request -> !READS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && paths.matches(request);
    }

    private static RequestMatcher matching(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return request -> pattern.matcher(normalised(request)).matches();
    }

    /**
     * The path after the context path, decoded, without ";parameters", with runs of slashes as one
     * and without a trailing slash.
     */
    public static String normalised(HttpServletRequest request) {
        String path;
        try {
            path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        } catch (IllegalArgumentException notDecodable) {
            path = request.getRequestURI().substring(request.getContextPath().length());
        }
        path = path.replaceAll("/{2,}", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
