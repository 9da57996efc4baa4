package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lotuspathway.concern.Practitioner;
import org.lotuspathway.concern.PractitionerRepository;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in through the provider and out again: a case manager and a lead become the same people
 * in Camunda, their groups kept in step at each sign-in; a practitioner is matched to their record
 * by their GMC number; signing out ends the provider's session too; and local passwords are refused
 * except the break-glass administrators'. Against a real provider ({@link SingleSignOnSteps}).
 */
@PathwayTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnSessionsTests extends SingleSignOnSteps {

    @Autowired
    PractitionerRepository practitioners;

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
}
