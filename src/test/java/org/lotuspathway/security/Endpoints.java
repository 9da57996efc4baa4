package org.lotuspathway.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and API call the application answers, read from Spring MVC's own mappings, so that a
 * page added tomorrow is in the hostile-request suite without anyone remembering to add it.
 */
final class Endpoints {

    /** A case reference that looks right and belongs to no case. */
    static final String NO_SUCH_CASE = "PSC-2099-99999";
    /** Any other id that fits a number or a string and names nothing. */
    static final String NO_SUCH_ID = "999999";

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    record Endpoint(HttpMethod method, String pattern) {

        boolean hasVariables() {
            return pattern.contains("{");
        }

        boolean changes() {
            return method != HttpMethod.GET && method != HttpMethod.HEAD;
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        /** The address with every variable filled in by {@code values}, or else with ids that name nothing. */
        String path(Map<String, String> values) {
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                String name = variable.group(1);
                String value = values.getOrDefault(name, name.equals("businessKey") ? NO_SUCH_CASE : NO_SUCH_ID);
                variable.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            variable.appendTail(path);
            return path.toString();
        }

        String path() {
            return path(Map.of());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private Endpoints() {
    }

    /** Every mapped method and address but Spring Boot's /error, sorted for readable failures. */
    static List<Endpoint> all(RequestMappingHandlerMapping mappings) {
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(Endpoints::endpoints)
                .filter(endpoint -> !endpoint.pattern().equals("/error"))
                .distinct()
                .sorted(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()))
                .toList();
    }

    private static Stream<Endpoint> endpoints(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET)
                : methods.stream().map(RequestMethod::asHttpMethod).toList();
        return info.getPatternValues().stream()
                .flatMap(pattern -> httpMethods.stream().map(method -> new Endpoint(method, pattern)));
    }

    /** Whatever the request, the server does not fail: bad input is refused or rendered harmless. */
    static ResultMatcher noServerError() {
        return result -> {
            int status = result.getResponse().getStatus();
            if (status >= 500) {
                throw new AssertionError("The server answered " + status + " to " + result.getRequest().getMethod()
                        + " " + result.getRequest().getRequestURI()
                        + (result.getResolvedException() == null ? "" : ": " + result.getResolvedException()));
            }
        };
    }
}
