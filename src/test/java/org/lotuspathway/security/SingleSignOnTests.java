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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on end to end, over HTTP, against a real OpenID Connect provider started in this JVM
 * (mock-oauth2-server): the provider signs the tokens and Spring Security checks them, as in
 * production. Local passwords are off here, except for the break-glass administrator.
 */
@PathwayTest
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnTests {

    private static final String ISSUER_ID = "nhs";
    private static final int PROVIDER_PORT = freePort();
    private static MockOAuth2Server provider;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("lotus.oidc.issuer", () -> "http://localhost:" + PROVIDER_PORT + "/" + ISSUER_ID);
    }

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory staff;
    @Autowired
    PractitionerRepository practitioners;

    private final CookieManager cookies = new CookieManager();
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

    @Test
    @Order(1)
    void whenTheProviderIsDownTheSignInIsRefusedPlainly() throws Exception {
        HttpResponse<String> answer = get(app("/oauth2/authorization/lotus"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(heading(answer)).isEqualTo("The sign-in service did not answer");
        assertThat(get(app("/")).headers().firstValue("Location")).hasValue(app("/login"));
    }

    @Test
    @Order(2)
    void aCaseManagerSignsInThroughTheProviderAndIsTheSamePersonInCamunda() throws Exception {
        HttpResponse<String> landed = signIn("cara.sso@nhs.example", Map.of("roles", List.of("PS-CaseManagers"),
                "given_name", "Cara", "family_name", "Single"));

        assertThat(landed.headers().firstValue("Location")).hasValue(app("/"));
        assertThat(get(app("/")).headers().firstValue("Location")).hasValue(app("/tasks"));
        assertThat(get(app("/tasks")).statusCode()).isEqualTo(200);
        assertThat(staff.find("cara.sso@nhs.example").orElseThrow().name()).isEqualTo("Cara Single");
        assertThat(staff.groupsOf("cara.sso@nhs.example")).containsExactly(Roles.CASE_MANAGER);
    }

    @Test
    @Order(3)
    void aLeadsGroupsAreKeptInStepAtEachSignIn() throws Exception {
        signIn("lee.sso@nhs.example", Map.of("roles", List.of("PS-Improvement", "PS-CaseManagers")));
        assertThat(staff.groupsOf("lee.sso@nhs.example")).containsExactlyInAnyOrder(Roles.LEAD, Roles.CASE_MANAGER);

        cookies.getCookieStore().removeAll();
        signIn("lee.sso@nhs.example", Map.of("roles", List.of("PS-Leads")));

        assertThat(staff.groupsOf("lee.sso@nhs.example")).containsExactly(Roles.LEAD);
        assertThat(get(app("/modeler")).statusCode()).isEqualTo(200);
        assertThat(get(app("/cases")).statusCode()).as("no longer a case manager").isEqualTo(403);
    }

    @Test
    @Order(4)
    void aPractitionerMatchedByTheirGmcNumberSeesTheirPortal() throws Exception {
        practitioners.save(new Practitioner("Dr Olu Sso", Profession.GP, Register.GMC, "7100001"));

        signIn("olu.sso@nhs.example", Map.of("roles", List.of("Practitioners"), "gmc_number", "7100001"));

        assertThat(get(app("/")).headers().firstValue("Location")).hasValue(app("/portal"));
        assertThat(get(app("/portal")).statusCode()).isEqualTo(200);
        assertThat(practitioners.findByRegisterAndRegisterNumber(Register.GMC, "7100001").orElseThrow().username())
                .hasValue("olu.sso@nhs.example");
    }

    @Test
    @Order(5)
    void aPractitionerMatchedToNoRecordIsRefusedThePortal() throws Exception {
        HttpResponse<String> landed = signIn("nobody.sso@nhs.example",
                Map.of("roles", List.of("Practitioners"), "gmc_number", "7199999"));

        HttpResponse<String> refusal = follow(landed);
        assertThat(refusal.statusCode()).isEqualTo(403);
        assertThat(heading(refusal)).isEqualTo("We could not match your account to your record");
        assertThat(get(app("/portal")).headers().firstValue("Location")).hasValue(app("/login"));
    }

    @Test
    @Order(5)
    void aPractitionerCannotTakeOverARecordLinkedToSomeoneElse() throws Exception {
        HttpResponse<String> landed = signIn("mallory.sso@nhs.example",
                Map.of("roles", List.of("Practitioners"), "gmc_number", DEMO_ANN_GMC));

        assertThat(heading(follow(landed))).isEqualTo("We could not match your account to your record");
    }

    private static final String DEMO_ANN_GMC = "7000001";

    @Test
    @Order(6)
    void someoneWithNoMappedRoleIsRefusedWithAPlainPage() throws Exception {
        HttpResponse<String> landed = signIn("stranger.sso@nhs.example", Map.of("roles", List.of("Finance")));

        HttpResponse<String> refusal = follow(landed);
        assertThat(refusal.statusCode()).isEqualTo(403);
        assertThat(heading(refusal)).isEqualTo("Your account has no role in Lotus Pathway");
        assertThat(staff.find("stranger.sso@nhs.example")).isEmpty();
    }

    /**
     * Found by the outside attack: a provider's user named like a local account took it over,
     * renamed it and rewrote its roles, here stripping the break-glass administrator of theirs.
     */
    @Test
    @Order(6)
    void aProvidersUserNamedLikeALocalAccountIsRefusedAndTheAccountIsUntouched() throws Exception {
        HttpResponse<String> landed = signIn("admin", Map.of("roles", List.of("PS-CaseManagers"),
                "given_name", "Mallory", "email", "mallory@attacker.example"));

        HttpResponse<String> refusal = follow(landed);
        assertThat(refusal.statusCode()).isEqualTo(403);
        assertThat(heading(refusal)).isEqualTo("Your account's username belongs to a local account");
        assertThat(staff.groupsOf("admin")).contains(Roles.ADMIN).doesNotContain(Roles.CASE_MANAGER);
        assertThat(staff.find("admin").orElseThrow().email()).isNotEqualTo("mallory@attacker.example");
        assertThat(get(app("/")).headers().firstValue("Location")).hasValue(app("/login"));
    }

    @Test
    @Order(7)
    void aTokenWithATamperedSignatureIsRefused() throws Exception {
        String authorize = startSignIn();
        String nonce = query(authorize).get("nonce");
        String idToken = provider.issueToken(ISSUER_ID, "lotus-pathway", new DefaultOAuth2TokenCallback(ISSUER_ID,
                "mallory.sso@nhs.example", "JWT", List.of("lotus-pathway"),
                Map.of("nonce", nonce, "preferred_username", "mallory.sso@nhs.example", "roles", List.of("PS-Leads")),
                3600)).serialize();
        String[] parts = idToken.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + flipped(parts[2]);
        HttpResponse<String> code = get(authorize);
        TokenAnswerOnce.next.set("{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"id_token\":\"" + tampered + "\"}");

        HttpResponse<String> refusal = follow(follow(code));

        assertThat(refusal.statusCode()).isEqualTo(403);
        assertThat(heading(refusal)).isEqualTo("Your sign-in could not be checked");
        assertThat(get(app("/")).headers().firstValue("Location")).hasValue(app("/login"));
    }

    @Test
    @Order(8)
    void anExpiredTokenIsRefused() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "late.sso@nhs.example", "JWT",
                List.of("lotus-pathway"), Map.of("preferred_username", "late.sso@nhs.example",
                        "roles", List.of("PS-Leads")), -600));
        HttpResponse<String> refusal = follow(follow(get(startSignIn())));

        assertThat(refusal.statusCode()).isEqualTo(403);
        assertThat(heading(refusal)).isEqualTo("Your sign-in could not be checked");
        assertThat(staff.find("late.sso@nhs.example")).isEmpty();
    }

    @Test
    @Order(9)
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        signIn("cara.sso@nhs.example", Map.of("roles", List.of("PS-CaseManagers")));
        String token = Jsoup.parse(get(app("/tasks")).body()).select("input[name=_csrf]").first().val();

        HttpResponse<String> out = post(app("/logout"), Map.of("_csrf", token));

        String location = out.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(provider.endSessionEndpointUrl(ISSUER_ID).toString());
        assertThat(query(location)).containsEntry("post_logout_redirect_uri", app("/login?signedOut"))
                .containsKey("id_token_hint");
    }

    @Test
    @Order(10)
    void localPasswordsAreRefusedExceptTheBreakGlassAdministrators() throws Exception {
        Visitor visitor = new Visitor(port);
        String token = Jsoup.parse(visitor.get("/login").body()).select("input[name=_csrf]").val();
        HttpResponse<String> refused = visitor.post("/login",
                Map.of("username", "casemanager", "password", "demo", "_csrf", token));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        assertThat(Jsoup.parse(visitor.get("/login?error").body()).select(".nhsuk-error-summary").text())
                .contains("Sign-in with a password is turned off");

        new Visitor(port).signIn("admin", "demo");
    }

    /** Through the provider, as a browser would go: our start, the provider, back to us with a code. */
    private HttpResponse<String> signIn(String username, Map<String, Object> claims) throws Exception {
        Map<String, Object> all = new java.util.HashMap<>(claims);
        all.put("preferred_username", username);
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, username, "JWT", List.of("lotus-pathway"),
                all, 3600));
        return follow(get(startSignIn()));
    }

    /** Our sign-in start, answered with the way to the provider's authorization endpoint. */
    private String startSignIn() throws Exception {
        HttpResponse<String> start = get(app("/oauth2/authorization/lotus"));
        assertThat(start.statusCode()).isEqualTo(302);
        return start.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> follow(HttpResponse<String> redirect) throws Exception {
        assertThat(redirect.statusCode()).as(redirect.uri() + " redirects").isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return get(location.startsWith("/") ? app(location) : location);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private static String heading(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select("h1").text();
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /** The signature with one character in its middle changed: still well-formed, no longer the provider's. */
    private static String flipped(String signature) {
        int middle = signature.length() / 2;
        char changed = signature.charAt(middle) == 'A' ? 'B' : 'A';
        return signature.substring(0, middle) + changed + signature.substring(middle + 1);
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
