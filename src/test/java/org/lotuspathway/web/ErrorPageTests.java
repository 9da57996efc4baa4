package org.lotuspathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /error} answered 500 when asked for directly (issue 13e, point 8). Over real HTTP, as
 * the server's own error dispatch runs only there: a direct request is "Page not found", by any
 * method and as JSON too, while real errors still show their own status on the same page.
 */
@PathwayTest
class ErrorPageTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        HttpResponse<String> page = send("GET", "/error", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Page not found");
        assertThat(page.headers().firstValue("Content-Security-Policy")).as("with the usual headers").isPresent();

        // Without a CSRF token other methods go no further than sign-in; never a 500.
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(send(method, "/error", "text/html").statusCode()).as(method).isIn(302, 403, 404);
        }
        HttpResponse<String> json = send("GET", "/error?status=500", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404").doesNotContain("500");
        signIn("admin");
        assertThat(send("GET", "/error", "text/html").statusCode()).as("signed in too").isEqualTo(404);
    }

    @Test
    void realErrorsStillShowTheirOwnStatus() throws Exception {
        signIn("admin");
        HttpResponse<String> missing = send("GET", "/no-such-page", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("Page not found");

        HttpResponse<String> notUnderstood = send("GET", "/admin/outbox?page=x", "text/html");
        assertThat(notUnderstood.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(notUnderstood.body()).select("h1").text()).isEqualTo("That request was not understood");
        assertThat(Jsoup.parse(notUnderstood.body()).title()).as("the title says what the heading says")
                .isEqualTo("That request was not understood - Lotus Pathway");

        // found by the outside attack: a form's address opened in the browser said "try again in a moment"
        HttpResponse<String> wrongWay = send("GET", "/admin/retention/hold", "text/html");
        assertThat(wrongWay.statusCode()).isEqualTo(405);
        assertThat(Jsoup.parse(wrongWay.body()).title()).isEqualTo("That cannot be done from this address - Lotus Pathway");
        assertThat(wrongWay.body()).doesNotContain("try again in a moment");
    }

    private void signIn(String user) throws Exception {
        String token = Jsoup.parse(send("GET", "/login", "text/html").body()).select("input[name=_csrf]").val();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
