package org.lotuspathway.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * Someone with a browser's memory for cookies but no browser, talking to the real server over
 * HTTP: for Camunda's webapps, which run outside Spring MVC, and for what Tomcat itself does.
 */
final class Visitor {

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();

    Visitor(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in on our sign-in page, with its CSRF token, as a person would. */
    Visitor signIn(String user, String password) throws IOException, InterruptedException {
        String token = Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val();
        HttpResponse<String> answer = post("/login", Map.of("username", user, "password", password, "_csrf", token));
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + user + ": " + answer.statusCode());
        }
        return this;
    }

    /**
     * Camunda's webapps' own CSRF token, as their pages get it: the first page through their filter
     * in a session puts it in the XSRF-TOKEN cookie.
     */
    String camundaXsrfToken() throws IOException, InterruptedException {
        if (xsrfCookie().isEmpty()) {
            get("/camunda/app/cockpit/default/");
        }
        return xsrfCookie().orElseThrow(() -> new IllegalStateException("No XSRF token from Camunda's webapps"));
    }

    private java.util.Optional<String> xsrfCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /**
     * A change through Camunda's webapps' API with their CSRF token, so that only our own rules can
     * refuse it, not their CSRF filter.
     */
    HttpResponse<String> camundaChange(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path, "Content-Type", contentType, "Accept", "application/json",
                "X-XSRF-TOKEN", camundaXsrfToken()).method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A change with this visitor's session but without the webapps' CSRF token, which they hand
     * out only to those they let in: what someone refused the webapps can still send.
     */
    HttpResponse<String> change(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path, "Content-Type", contentType, "Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    static String[] basic(String user, String password) {
        return new String[] {"Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), "Accept", "application/json"};
    }
}
