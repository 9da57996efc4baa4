package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wrong passwords are counted per account and per client address: a stranger trying passwords is
 * slowed down, then locked out of that account for 15 minutes (longer each time), never for good,
 * while the real user signing in from elsewhere is not held up at all. The sign-in page says what
 * happened in the same words whether or not the username exists. The clock stands still here and
 * moves on by hand, so no test waits.
 */
@PathwayTest
class SignInThrottleTests {

    static final String PASSWORD = "right-password";
    static final String STRANGER = "203.0.113.66";
    static final String OFFICE = "198.51.100.20";

    @LocalServerPort
    int port;
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
        identity.createMembership(user, Roles.ADMIN);
        now = Instant.parse("2026-11-24T10:00:00Z");
        TestClock.stopAt(now);
    }

    @AfterEach
    void cleanUp() {
        attempts.unlock(user);
        identity.deleteUser(user);
    }

    @Test
    void aWrongPasswordMeansAShortWaitThatGrowsAndTheSignInPageSaysHowLong() throws Exception {
        assertThat(refusal(user, "wrong", STRANGER)).isEqualTo(new Refusal("The username or password is not right",
                "Wait 3 seconds before you try again. After 10 wrong passwords in a row an account is locked for "
                        + "15 minutes, and longer each time."));

        // Within the wait even the right password is refused, and the try does not count.
        assertThat(refusal(user, PASSWORD, STRANGER).advice()).startsWith("Wait 3 seconds");

        timePasses(Duration.ofSeconds(4));
        assertThat(refusal(user, "wrong", STRANGER).advice()).startsWith("Wait 6 seconds");

        timePasses(Duration.ofSeconds(7));
        signsIn(user, PASSWORD, STRANGER);
        assertThat(refusal(user, "wrong", STRANGER).advice()).as("signing in starts the count again")
                .startsWith("Wait 3 seconds");
    }

    /**
     * The attack as reported, over real HTTP: ten wrong HTTP Basic passwords on /api and /engine-rest
     * locked the account for good, for everyone.
     */
    @Test
    void tenWrongHttpBasicPasswordsFromAStrangerDoNotLockTheRealUserOut() throws Exception {
        Visitor stranger = new Visitor(port);
        for (int attempt = 1; attempt <= 10; attempt++) {
            String address = attempt % 2 == 0 ? "/engine-rest/user" : "/api/concerns/PSC-2026-00001";
            assertThat(stranger.get(address, Visitor.basic(user, "wrong")).statusCode()).isEqualTo(401);
            timePasses(Duration.ofSeconds(61));
        }
        assertThat(stranger.get("/engine-rest/user", Visitor.basic(user, PASSWORD)).statusCode())
                .as("the stranger's address is locked out, even with the right password").isEqualTo(401);

        mvc.perform(get("/api/cases").with(httpBasic(user, PASSWORD)).with(from(OFFICE)))
                .andExpect(status().isOk());
        signsIn(user, PASSWORD, OFFICE);
        assertThat(identity.checkPassword(user, PASSWORD)).as("the engine itself locks nobody").isTrue();

        timePasses(Duration.ofMinutes(15));
        assertThat(stranger.get("/engine-rest/user", Visitor.basic(user, PASSWORD)).statusCode())
                .as("15 minutes later even from the stranger's address (a shared office, say)").isEqualTo(200);
    }

    @Test
    void locksGrowLongerButNeverLastForGood() throws Exception {
        Refusal last = tenWrong(STRANGER);
        assertThat(last).isEqualTo(new Refusal("This account is locked for a while after too many wrong passwords",
                "Try again in 15 minutes, or ask an administrator to unlock it sooner."));
        assertThat(refusal(user, PASSWORD, STRANGER)).as("the right password, while locked").isEqualTo(
                new Refusal("This account is locked for a while after too many wrong passwords",
                        "Try again in 15 minutes, or ask an administrator to unlock it sooner."));

        timePasses(Duration.ofMinutes(14));
        assertThat(refusal(user, PASSWORD, STRANGER).advice()).startsWith("Try again in 60 seconds");
        timePasses(Duration.ofMinutes(1));
        assertThat(tenWrong(STRANGER).advice()).as("the second lock in a row")
                .startsWith("Try again in 30 minutes");
        timePasses(Duration.ofMinutes(30));
        assertThat(tenWrong(STRANGER).advice()).startsWith("Try again in 60 minutes");
        for (int lock = 4; lock <= 12; lock++) {
            timePasses(Duration.ofDays(1));
            last = tenWrong(STRANGER);
        }
        assertThat(last.advice()).as("at most a day").startsWith("Try again in 24 hours");

        timePasses(Duration.ofDays(1));
        signsIn(user, PASSWORD, STRANGER);
    }

    @Test
    void anAdministratorSeesTheLockAndLiftsIt() throws Exception {
        tenWrong(STRANGER);

        Document page = Jsoup.parse(mvc.perform(get("/admin/sign-in-locks").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#locks tbody tr").stream().map(row -> row.text()).filter(text -> text.contains(user)))
                .singleElement().asString().contains(STRANGER).contains("24 November 2026, 10:");

        mvc.perform(post("/admin/sign-in-locks/unlock").param("username", user.toUpperCase())
                .with(user("admin").roles(Roles.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/sign-in-locks"))
                .andExpect(flash().attribute("message", user.toUpperCase() + " can sign in again from anywhere."));
        signsIn(user, PASSWORD, STRANGER);
    }

    @Test
    void unlockingNothingOrNoUsernameSaysSoAndChangesNothing() throws Exception {
        tenWrong(STRANGER);
        for (String bad : new String[] {"", "   ", "x".repeat(65)}) {
            mvc.perform(post("/admin/sign-in-locks/unlock").param("username", bad)
                    .with(user("admin").roles(Roles.ADMIN)).with(csrf()))
                    .andExpect(redirectedUrl("/admin/sign-in-locks"))
                    .andExpect(flash().attribute("problem", "Enter the username to unlock, at most 64 characters."));
        }
        mvc.perform(post("/admin/sign-in-locks/unlock").with(user("admin").roles(Roles.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("problem", "Enter the username to unlock, at most 64 characters."));
        mvc.perform(post("/admin/sign-in-locks/unlock").param("username", nobody)
                .with(user("admin").roles(Roles.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("problem", "Nothing was holding back sign-ins to " + nobody + "."));
        mvc.perform(post("/admin/sign-in-locks/unlock").param("username", user)
                .with(user("cm").roles(Roles.CASE_MANAGER)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(refusal(user, PASSWORD, STRANGER).problem()).as("still locked")
                .isEqualTo("This account is locked for a while after too many wrong passwords");
    }

    @Test
    void aUsernameNobodyHasIsToldExactlyWhatARealOneIsToldAtEveryStep() throws Exception {
        for (int attempt = 1; attempt <= 11; attempt++) {
            assertThat(refusal(nobody, "wrong", STRANGER)).as("attempt " + attempt)
                    .isEqualTo(refusal(user, "wrong", STRANGER));
            assertThat(refusal(nobody, "again", STRANGER)).as("a quick retry " + attempt)
                    .isEqualTo(refusal(user, "again", STRANGER));
            timePasses(Duration.ofSeconds(61));
        }
    }

    @Test
    void aUsernameLongerThanAnyoneCanHaveIsRefusedWithoutBeingCounted() throws Exception {
        int rememberedBefore = attempts.remembered();
        String huge = "x".repeat(200_000);

        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(refusal(huge + attempt, "wrong", STRANGER)).isEqualTo(
                    new Refusal("A username is at most 64 characters", "Check your username and try again."));
        }
        assertThat(attempts.remembered()).as("nothing kept for them").isEqualTo(rememberedBefore);

        String longest = "y".repeat(SignInAttempts.MAX_USERNAME_LENGTH);
        assertThat(refusal(longest, "wrong", STRANGER)).as("64 characters is still a username")
                .isEqualTo(refusal(user, "wrong", STRANGER));
        assertThat(attempts.remembered()).isEqualTo(rememberedBefore + 2);
        attempts.unlock(longest);
    }

    record Refusal(String problem, String advice) {
    }

    /** Ten wrong passwords in a row from the address, each after the last wait: the last refusal. */
    private Refusal tenWrong(String address) throws Exception {
        Refusal last = null;
        for (int attempt = 1; attempt <= 10; attempt++) {
            last = refusal(user, "wrong", address);
            if (attempt < 10) {
                timePasses(Duration.ofSeconds(61));
            }
        }
        return last;
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address)));
    }

    private void signsIn(String username, String password, String address) throws Exception {
        signIn(username, password, address).andExpect(authenticated().withUsername(username));
    }

    /** Tries to sign in on the sign-in page and reads what the page then says. */
    private Refusal refusal(String username, String password, String address) throws Exception {
        MockHttpSession session = (MockHttpSession) signIn(username, password, address)
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated())
                .andReturn().getRequest().getSession();
        Document page = Jsoup.parse(mvc.perform(get("/login?error").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String problem = page.select(".nhsuk-error-summary__list a[href=#username]").text();
        assertThat(page.select("#username-error").text()).isEqualTo("Error: " + problem);
        return new Refusal(problem, page.select("#sign-in-advice").text());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void timePasses(Duration duration) {
        now = now.plus(duration);
        TestClock.stopAt(now);
    }
}
