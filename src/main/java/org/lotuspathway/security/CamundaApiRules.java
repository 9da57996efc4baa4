package org.lotuspathway.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.lotuspathway.security.CamundaApiChecks.Refusal;
import org.lotuspathway.web.ApiError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request to Camunda's REST API and webapps' API ({@code /engine-rest/**},
 * {@code /camunda/api/**}), from anyone, administrators included, is checked here after sign-in
 * and before Camunda reads it ({@link CamundaApiChecks}): no expressions in parameters or bodies,
 * paging that cannot fail, no variable deserialized into a class the caller names, and no process
 * started behind the application's back. A refusal is a 4xx with a plain message, and goes to the
 * audit log. An allowed body is read once here and handed on intact.
 */
class CamundaApiRules extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    CamundaApiRules(ObjectMapper json, ApplicationEventPublisher events) {
        this.json = json;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Refusal> refusal = addressed(request);
        HttpServletRequest checked = request;
        if (refusal.isEmpty() && isFormPost(request)) {
            // Tomcat reads a form body into the parameters; Jersey then takes them from there.
            refusal = parameters(request.getParameterMap());
        } else if (refusal.isEmpty() && hasBody(request)) {
            try {
                byte[] body = request.getInputStream().readAllBytes();
                checked = new ReadAgainRequest(request, body);
                refusal = body(request, body);
            } catch (IOException unreadable) {
                refusal = Refusal.badRequest("The request body could not be read");
            }
        }
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        chain.doFilter(checked, response);
    }

    /** The address: no process started through Camunda, and nothing wrong in the query string. */
    private static Optional<Refusal> addressed(HttpServletRequest request) {
        if (CamundaPaths.PROCESS_START.matches(request)) {
            return Optional.of(new Refusal(HttpServletResponse.SC_FORBIDDEN, "Cases start in Lotus Pathway, "
                    + "when a concern is raised; no process is started through Camunda's API"));
        }
        if (CamundaApiChecks.carriesExpression(CamundaPaths.normalised(request))) {
            return Refusal.badRequest(CamundaApiChecks.NO_EXPRESSIONS + "the ${ or #{ in the address");
        }
        String query = request.getQueryString();
        return query == null ? Optional.empty() : formFields(query.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
    }

    private static Optional<Refusal> body(HttpServletRequest request, byte[] body) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            return CamundaApiChecks.multipart(body);
        }
        // Jersey reads as JSON a body with a JSON type, or with no type at all.
        boolean saysItIsJson = type.isEmpty() || type.contains("json") || type.contains("javascript");
        Optional<Refusal> refusal = CamundaApiChecks.json(body, saysItIsJson);
        if (refusal.isEmpty() && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            refusal = formFields(body, charsetOf(request));
        }
        return refusal.isPresent() ? refusal : CamundaApiChecks.text(body);
    }

    private static Optional<Refusal> parameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                Optional<Refusal> refusal = CamundaApiChecks.parameter(parameter.getKey(), value);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * name=value pairs as in a query string, decoded more leniently than any reader after us
     * would (a broken %-escape stays as it is), so that whatever they decode, this saw first.
     */
    private static Optional<Refusal> formFields(byte[] text, Charset charset) {
        for (String pair : new String(text, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1), charset);
            Optional<Refusal> refusal = CamundaApiChecks.parameter(name, value);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static String decoded(String encoded, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int low = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        return bytes.toString(charset);
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return HttpMethod.POST.matches(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static Charset charsetOf(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        Principal user = request.getUserPrincipal();
        events.publishEvent(new CamundaApiRefused(user == null ? "anonymous" : user.getName(),
                request.getMethod() + " " + request.getRequestURI(), refusal.status(), refusal.message()));
        response.setStatus(refusal.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getWriter(), ApiError.of(refusal.status(), refusal.message()));
    }
}
