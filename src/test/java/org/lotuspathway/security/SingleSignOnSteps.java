package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.lotuspathway.process.engine.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on end to end, over HTTP, against a real OpenID Connect provider started in this JVM
 * (mock-oauth2-server): the provider signs the tokens and Spring Security checks them, as in
 * production. Local passwords are off here, except for the break-glass administrator.
 *
 * <p>The settings, the provider and a browser's steps through it, for {@link SingleSignOnRefusalsTests}
 * and {@link SingleSignOnSessionsTests}. The settings and the provider's address are declared here,
 * once, so that the two share one application context; the provider starts before a class's first
 * test that needs it and stops after the class, on the same port each time.
 */
@TestPropertySource(properties = {
        "lotus.oidc.client-id=lotus-pathway",
        "lotus.oidc.client-secret=not-a-real-secret",
        "lotus.oidc.username-claim=preferred_username",
        "lotus.oidc.groups-claim=roles",
        "lotus.oidc.role-mapping.casemanager=PS-CaseManagers",
        "lotus.oidc.role-mapping.lead=PS-Leads,PS-Improvement",
        "lotus.oidc.role-mapping.practitioner=Practitioners",
        "lotus.oidc.practitioner.match-by=register-number",
        "lotus.oidc.practitioner.claim=gmc_number",
        "lotus.local-sign-in=false",
        "lotus.break-glass-administrators=admin"})
abstract class SingleSignOnSteps {

    static final String ISSUER_ID = "nhs";
    private static final int PROVIDER_PORT = freePort();
    static MockOAuth2Server provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("lotus.oidc.issuer", () -> "http://localhost:" + PROVIDER_PORT + "/" + ISSUER_ID);
    }

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory staff;

    final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Not before the first test: that one finds the provider down. */
    @BeforeEach
    void providerUp(org.junit.jupiter.api.TestInfo test) {
        if (provider == null && !test.getTestMethod().orElseThrow().getName().startsWith("whenTheProviderIsDown")) {
            provider = new MockOAuth2Server(new OAuth2Config(), new TokenAnswerOnce());
            provider.start(PROVIDER_PORT);
        }
    }

    @AfterAll
    static void providerDown() {
        if (provider != null) {
            provider.shutdown();
            provider = null;
        }
    }

    /** Through the provider, as a browser would go: our start, the provider, back to us with a code. */
    HttpResponse<String> signIn(String username, Map<String, Object> claims) throws Exception {
        Map<String, Object> all = new java.util.HashMap<>(claims);
        all.put("preferred_username", username);
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, username, "JWT", List.of("lotus-pathway"),
                all, 3600));
        return follow(get(startSignIn()));
    }

    /** Our sign-in start, answered with the way to the provider's authorization endpoint. */
    String startSignIn() throws Exception {
        HttpResponse<String> start = get(app("/oauth2/authorization/lotus"));
        assertThat(start.statusCode()).isEqualTo(302);
        return start.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        assertThat(redirect.statusCode()).as(redirect.uri() + " redirects").isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith("/") ? app(location) : location);
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String app(String path) {
        return "http://localhost:" + port + path;
    }

    static String heading(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("h1").text();
    }

    static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /**
     * The provider's token endpoint answering once with a body the test wrote (a token whose
     * signature was changed on the way), as a man in the middle would.
     */
    static final class TokenAnswerOnce implements Route {

        static final java.util.concurrent.atomic.AtomicReference<String> next = new java.util.concurrent.atomic.AtomicReference<>();

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return next.get() != null && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, next.getAndSet(null), null);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
