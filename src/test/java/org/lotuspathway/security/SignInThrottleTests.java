package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.lotuspathway.support.TestClock;

/**
 * After wrong passwords the engine makes a user wait, longer each time, and after ten locks them
 * until an administrator unlocks them; our sign-in page and HTTP Basic both go through it. The
 * sign-in page says so, in the same words whether or not the username exists. The engine clock
 * stands still here and moves on by hand, so no test waits.
 */
@PathwayTest
class SignInThrottleTests {

    static final String PASSWORD = "right-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    SignInAttempts attempts;

    String user;
    String nobody;
    Instant now;

    @BeforeEach
    void aUserOfTheirOwnAndAUsernameNobodyHas() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        user = "throttle" + suffix;
        nobody = "nobody" + suffix;
        User created = identity.newUser(user);
        created.setFirstName("Sam");
        created.setLastName("Tester");
        created.setPassword(PASSWORD);
        identity.saveUser(created);
        identity.createMembership(user, Roles.CASE_MANAGER);
        now = Instant.parse("2026-11-24T10:00:00Z");
        TestClock.stopAt(now);
    }

    @AfterEach
    void cleanUp() {
        identity.deleteUser(user);
    }

    @Test
    void aWrongPasswordMeansAShortWaitThatGrowsAndTheSignInPageSaysHowLong() throws Exception {
        assertThat(refusal(user, "wrong")).isEqualTo(new Refusal("The username or password is not right",
                "Wait 3 seconds before you try again. After 10 wrong passwords in a row an account is locked until "
                        + "an administrator unlocks it."));

        // Within the wait even the right password is refused, and the try does not count.
        assertThat(refusal(user, PASSWORD).advice()).startsWith("Wait 3 seconds");

        timePasses(Duration.ofSeconds(4));
        assertThat(refusal(user, "wrong").advice()).startsWith("Wait 6 seconds");

        timePasses(Duration.ofSeconds(7));
        mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(authenticated().withUsername(user));
        assertThat(refusal(user, "wrong").advice()).as("signing in starts the count again").startsWith("Wait 3 seconds");
    }

    @Test
    void tenWrongPasswordsInARowLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        Refusal last = null;
        for (int attempt = 1; attempt <= 10; attempt++) {
            last = refusal(user, "wrong");
            if (attempt == 8) {
                assertThat(last.advice()).isEqualTo("Wait 60 seconds before you try again. After 2 more wrong "
                        + "passwords the account will be locked until an administrator unlocks it.");
            }
            timePasses(Duration.ofSeconds(61));
        }
        assertThat(last).isEqualTo(new Refusal("This account is locked after too many wrong passwords",
                "Ask an administrator to unlock it. They can do this in Camunda Admin, under Users."));

        timePasses(Duration.ofDays(1));
        assertThat(refusal(user, PASSWORD).problem()).as("the right password, a day later")
                .isEqualTo("This account is locked after too many wrong passwords");
        mvc.perform(get("/api/concerns/PSC-2026-00001").with(httpBasic(user, PASSWORD)))
                .andExpect(status().isUnauthorized());

        identity.unlockUser(user);
        mvc.perform(formLogin().user(user).password(PASSWORD)).andExpect(authenticated().withUsername(user));
    }

    @Test
    void httpBasicCountsWrongPasswordsToo() throws Exception {
        for (int attempt = 1; attempt <= 10; attempt++) {
            mvc.perform(get("/api/concerns/PSC-2026-00001").with(httpBasic(user, "wrong")))
                    .andExpect(status().isUnauthorized());
            timePasses(Duration.ofSeconds(61));
        }

        assertThat(refusal(user, PASSWORD).problem()).isEqualTo("This account is locked after too many wrong passwords");
    }

    @Test
    void aUsernameNobodyHasIsToldExactlyWhatARealOneIsToldAtEveryStep() throws Exception {
        for (int attempt = 1; attempt <= 11; attempt++) {
            assertThat(refusal(nobody, "wrong")).as("attempt " + attempt).isEqualTo(refusal(user, "wrong"));
            assertThat(refusal(nobody, "again")).as("a quick retry " + attempt).isEqualTo(refusal(user, "again"));
            timePasses(Duration.ofSeconds(61));
        }
    }

    @Test
    void aUsernameLongerThanAnyoneCanHaveIsRefusedWithoutBeingCounted() throws Exception {
        int rememberedBefore = attempts.remembered();
        String huge = "x".repeat(200_000);

        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(refusal(huge + attempt, "wrong")).isEqualTo(new Refusal("A username is at most 64 characters",
                    "Check your username and try again."));
        }
        assertThat(attempts.remembered()).as("no unknown username kept for them").isEqualTo(rememberedBefore);

        String longest = "y".repeat(SignInAttempts.MAX_USERNAME_LENGTH);
        assertThat(refusal(longest, "wrong")).as("64 characters is still a username")
                .isEqualTo(refusal(user, "wrong"));
        assertThat(attempts.remembered()).isEqualTo(rememberedBefore + 1);
    }

    record Refusal(String problem, String advice) {
    }

    /** Tries to sign in on the sign-in page and reads what the page then says. */
    private Refusal refusal(String username, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated())
                .andReturn().getRequest().getSession();
        Document page = Jsoup.parse(mvc.perform(get("/login?error").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String problem = page.select(".nhsuk-error-summary__list a[href=#username]").text();
        assertThat(page.select("#username-error").text()).isEqualTo("Error: " + problem);
        return new Refusal(problem, page.select("#sign-in-advice").text());
    }

    private void timePasses(Duration duration) {
        now = now.plus(duration);
        TestClock.stopAt(now);
    }
}
