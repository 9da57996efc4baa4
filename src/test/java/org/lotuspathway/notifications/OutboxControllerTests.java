package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox page: administrators see every email (not what it says) and may try a failed one again. */
@PathwayTest
class OutboxControllerTests {

    static final String SECRET_BODY = "Words only the recipient should read";

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IdentityService identity;

    TestUsers users;
    String event;

    @BeforeEach
    void setUp() {
        users = new TestUsers(identity);
        event = "page-test:" + UUID.randomUUID();
    }

    @AfterEach
    void tidyUp() {
        users.removeAll();
    }

    @Test
    void administratorsSeeTheNewestEmailsFirstWithoutTheirBodies() throws Exception {
        String user = users.create("{id}@lotuspathway.example");
        String withoutEmail = users.create(null);
        transaction.executeWithoutResult(status -> {
            outbox.toUser(user, "Older " + event, SECRET_BODY, event);
            outbox.toUser(withoutEmail, "Newer " + event, SECRET_BODY, event);
        });

        Document page = html(mvc.perform(get("/admin/outbox").with(admin())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Outbox");
        assertThat(page.select("#mail-status").text()).contains("Sending through localhost:" + PathwayTest.SMTP_PORT);
        Element newest = page.select("tbody tr").get(0);
        assertThat(newest.text()).contains("Newer " + event, withoutEmail, "Cannot be delivered",
                withoutEmail + " has no email address.");
        Element older = page.select("tbody tr").get(1);
        assertThat(older.text()).contains("Older " + event, user, users.emailOf(user), "Waiting to send", "None");
        assertThat(page.text()).doesNotContain(SECRET_BODY);
        assertThat(page.select("a[href=/admin/outbox]").text()).as("in the header's menu").isEqualTo("Outbox");
    }

    @Test
    void onlyAdministratorsMayOpenTheOutbox() throws Exception {
        mvc.perform(get("/admin/outbox").with(caseManager())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").with(as("ro", "ro"))).andExpect(status().isForbidden());

        Document tasks = html(mvc.perform(get("/tasks").with(caseManager())).andExpect(status().isOk()).andReturn());
        assertThat(tasks.select("a[href=/admin/outbox]")).isEmpty();
    }

    @Test
    void aFailedEmailCanBeTriedAgainByAnAdministrator() throws Exception {
        long id = failedEmail();

        mvc.perform(post("/admin/outbox/{id}/retry", id).with(admin())).andExpect(refusedForWantOfCsrf());
        mvc.perform(post("/admin/outbox/{id}/retry", id).with(caseManager()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo(NotificationStatus.FAILED);

        Document page = html(mvc.perform(get("/admin/outbox").with(admin())).andReturn());
        assertThat(page.select("#email-" + id + " form[action=/admin/outbox/" + id + "/retry] input[name=_csrf]"))
                .hasSize(1);

        mvc.perform(post("/admin/outbox/{id}/retry", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox"))
                .andExpect(flash().attribute("message", "Email " + id + " will be sent again."));
        assertThat(statusOf(id)).isEqualTo(NotificationStatus.PENDING);

        mvc.perform(post("/admin/outbox/{id}/retry", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox"))
                .andExpect(flash().attributeExists("problem"));
        assertThat(statusOf(id)).isEqualTo(NotificationStatus.PENDING);
    }

    @Test
    void badPagesAndUnknownEmailsAreAnsweredPlainly() throws Exception {
        mvc.perform(get("/admin/outbox").param("page", "-3").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/admin/outbox").param("page", "x").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/outbox/{id}/retry", Long.MAX_VALUE).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox")).andExpect(flash().attributeExists("problem"));
    }

    /** An email whose every attempt failed, as the sender leaves it. */
    private long failedEmail() {
        String user = users.create("{id}@lotuspathway.example");
        transaction.executeWithoutResult(status -> outbox.toUser(user, "Failed " + event, SECRET_BODY, event));
        long id = notifications.findByEventKeyStartingWithOrderById(event).get(0).id();
        Instant now = Instant.now();
        assertThat(notifications.claim(id, now, now.plusSeconds(300))).isEqualTo(1);
        assertThat(notifications.markAttemptFailed(id, NotificationStatus.FAILED, "Connection refused", null)).isEqualTo(1);
        return id;
    }

    private NotificationStatus statusOf(long id) {
        return notifications.findById(id).orElseThrow().status();
    }

    private static RequestPostProcessor admin() {
        return as("admin", "camunda-admin");
    }
}
