package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lotuspathway.support.PathwayTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every way single sign-on refuses, each on a plain page and changing nothing: a provider that does
 * not answer, a practitioner matched to no record or to someone else's, no mapped role, a provider's
 * user named like a local account, a token whose signature or expiry does not check out. Against a
 * real provider ({@link SingleSignOnSteps}).
 *
 * <p>The first test needs an application that has never reached the provider (once it has, it
 * knows the provider's endpoints for good), so this class starts with a context of its own if
 * {@link SingleSignOnSessionsTests} has already used the one they share.
 */
@PathwayTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnRefusalsTests extends SingleSignOnSteps {

    @Test
    @Order(1)
    void whenTheProviderIsDownTheSignInIsRefusedPlainly() throws Exception {
        HttpResponse<String> answer = get(app("/oauth2/authorization/lotus"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(heading(answer)).isEqualTo("The sign-in service did not answer");
        assertThat(get(app("/")).headers().firstValue("Location")).hasValue(app("/login"));
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

    /** The signature with one character in its middle changed: still well-formed, no longer the provider's. */
    private static String flipped(String signature) {
        int middle = signature.length() / 2;
        char changed = signature.charAt(middle) == 'A' ? 'B' : 'A';
        return signature.substring(0, middle) + changed + signature.substring(middle + 1);
    }
}
