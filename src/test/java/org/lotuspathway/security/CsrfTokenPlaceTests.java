package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signed-in page's CSRF token counts only in the form's body (or a header), never in the
 * address, where logs, history and Referer headers would carry it: over real HTTP, with a real
 * session, signing out with the token in the query string is refused and the session goes on.
 */
@PathwayTest
class CsrfTokenPlaceTests {

    @LocalServerPort
    int port;

    @Test
    void aTokenInTheAddressIsRefusedAndTheSameTokenInTheBodyIsTaken() throws Exception {
        Visitor visitor = new Visitor(port).signIn("casemanager", "demo");
        String token = Jsoup.parse(visitor.get("/tasks").body()).select("form[action=/logout] input[name=_csrf]").val();
        assertThat(token).isNotEmpty();

        HttpResponse<String> inAddress = visitor.post("/logout?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                Map.of());
        assertThat(inAddress.statusCode()).isEqualTo(403);
        assertThat(inAddress.body()).as("a form refused for its token, not for a role")
                .contains("That was not sent").doesNotContain("Your role does not include it");
        assertThat(visitor.get("/tasks").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> inBody = visitor.post("/logout", Map.of("_csrf", token));
        assertThat(inBody.statusCode()).isEqualTo(302);
        assertThat(inBody.headers().firstValue("Location")).get().asString().endsWith("/login?signedOut");
    }
}
