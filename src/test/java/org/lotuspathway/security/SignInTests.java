package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in and out through the real security filters and Camunda's identity service. */
@PathwayTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;

    String testUser;

    @AfterEach
    void deleteTestUser() {
        if (testUser != null) {
            identity.deleteUser(testUser);
        }
    }

    @Test
    void theSignInPageHasLabelledFieldsAndACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sign in</h1>")))
                .andExpect(content().string(matchesRegex("(?s).*<label [^>]*for=\"username\">Username</label>.*")))
                .andExpect(content().string(matchesRegex("(?s).*<input [^>]*id=\"username\" name=\"username\".*")))
                .andExpect(content().string(matchesRegex("(?s).*<label [^>]*for=\"password\">Password</label>.*")))
                .andExpect(content().string(matchesRegex("(?s).*<input [^>]*id=\"password\" name=\"password\" type=\"password\".*")))
                .andExpect(content().string(matchesRegex("(?s).*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\".*")))
                .andExpect(content().string(containsString("href=\"/assets/nhsuk.css\"")))
                .andExpect(content().string(not(containsString("Sign out"))))
                .andExpect(content().string(not(containsString("The username or password is not right"))));
    }

    @Test
    void aCaseManagerSignsInToANewSessionAndIsSentToTheirTasks() throws Exception {
        MockHttpSession before = (MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();

        MockHttpSession after = (MockHttpSession) mvc.perform(post("/login").session(before).with(csrf())
                        .param("username", "casemanager").param("password", "demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("casemanager").withRoles(Roles.CASE_MANAGER))
                .andReturn().getRequest().getSession(false);

        assertThat(before.isInvalid()).as("the session from before sign-in has ended").isTrue();
        assertThat(after.getId()).isNotEqualTo(before.getId());
        mvc.perform(get("/").session(after)).andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void aPractitionerIsSentToTheirOwnCase() throws Exception {
        mvc.perform(get("/").session(signIn("practitioner"))).andExpect(redirectedUrl("/portal"));
    }

    @Test
    void aUserWithNoRoleHereIsRefused() throws Exception {
        testUser = createUser("right-password");

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(testUser).password("right-password"))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);

        mvc.perform(get("/").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordShowsTheSignInPageAgainWithTheError() throws Exception {
        testUser = createUser("right-password");

        mvc.perform(formLogin().user(testUser).password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        mvc.perform(get("/login?error"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Sign in - Lotus Pathway</title>")))
                .andExpect(content().string(containsString("<a href=\"#username\">The username or password is not right</a>")))
                .andExpect(content().string(containsString("aria-describedby=\"username-error\"")));
    }

    @Test
    void theHeaderShowsWhoIsSignedInAndTheLinksForTheirRole() throws Exception {
        mvc.perform(get("/login").session(signIn("casemanager")))
                .andExpect(content().string(containsString("Cara Manager")))
                .andExpect(content().string(containsString("Sign out")))
                .andExpect(content().string(containsString("href=\"/tasks\"")))
                .andExpect(content().string(containsString("href=\"/concerns/new\"")))
                .andExpect(content().string(not(containsString("href=\"/portal\""))))
                .andExpect(content().string(not(containsString("Cockpit"))));

        mvc.perform(get("/login").session(signIn("practitioner")))
                .andExpect(content().string(containsString("Ann Example")))
                .andExpect(content().string(containsString("href=\"/portal\"")))
                .andExpect(content().string(not(containsString("href=\"/tasks\""))))
                .andExpect(content().string(not(containsString("href=\"/concerns/new\""))));

        mvc.perform(get("/login").session(signIn("lead")))
                .andExpect(content().string(containsString("href=\"/tasks\"")))
                .andExpect(content().string(containsString("href=\"/modeler\"")))
                .andExpect(content().string(not(containsString("href=\"/camunda/app/cockpit/default/\""))))
                .andExpect(content().string(not(containsString("href=\"/concerns/new\""))));

        mvc.perform(get("/login").session(signIn("admin")))
                .andExpect(content().string(containsString("href=\"/camunda/app/cockpit/default/\"")));
    }

    @Test
    void signingOutNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = signIn("casemanager");
        // A page with the sign-out form, as a signed-in user has always seen, puts the token in the session.
        mvc.perform(get("/login").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/login?signedOut"))
                .andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();

        mvc.perform(get("/login?signedOut"))
                .andExpect(content().string(containsString("You have signed out.")));
    }

    @Test
    void aRequestFromAnEndedSessionIsAskedToSignInAgain() throws Exception {
        mvc.perform(get("/tasks").with(request -> {
                    request.setRequestedSessionId("ended");
                    request.setRequestedSessionIdValid(false);
                    return request;
                }))
                .andExpect(redirectedUrl("/login?expired"));

        mvc.perform(get("/login?expired"))
                .andExpect(content().string(containsString("Your session ended. Please sign in again.")));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/tasks")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/")).andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void theStylesAndScriptsAreServedToEveryoneFromThisSite() throws Exception {
        mvc.perform(get("/assets/nhsuk.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andExpect(content().string(containsString(".nhsuk-header")))
                .andExpect(content().string(not(containsString("assets.nhs.uk"))));
        for (String asset : new String[] {"app.css", "nhsuk.js", "case-diagram.js", "diagram-js.css", "bpmn-js.css",
                "images/nhsuk-icon-cross.svg", "images/favicon.svg"}) {
            mvc.perform(get("/assets/" + asset)).andExpect(status().isOk());
        }
    }

    private MockHttpSession signIn(String demoUser) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(demoUser).password("demo"))
                .andExpect(authenticated().withUsername(demoUser))
                .andReturn().getRequest().getSession(false);
    }

    /** Camunda throttles a user after a wrong password, so each such test has a user of its own. */
    private String createUser(String password) {
        String id = "signin" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        User user = identity.newUser(id);
        user.setFirstName("Sam");
        user.setLastName("Tester");
        user.setPassword(password);
        identity.saveUser(user);
        return id;
    }
}
