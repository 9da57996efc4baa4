package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Case managers hear, through the outbox, of a task given to them by someone else (never of one they
 * claim themselves), and of a practitioner writing on their case, or the team does when nobody holds it.
 */
@PathwayTest
class CaseManagerNotificationsTests {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    static final String PRACTITIONER = "Dr Mailed About";
    static final String GMC_NUMBER = "6543217";

    @Autowired
    PathwayDriver driver;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        users = new TestUsers(identity);
    }

    @AfterEach
    void tidyUp() {
        users.removeAll();
        TestClock.restart();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTaskGivenToSomeoneByAManagerIsToldToThemOnce() {
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        String assignee = users.create("{id}@lotuspathway.example", Roles.CASE_MANAGER);
        Task triage = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN);

        identity.setAuthenticatedUserId("casemanager");
        try {
            tasks.setAssignee(triage.getId(), assignee);
            tasks.setAssignee(triage.getId(), assignee);
        } finally {
            identity.clearAuthentication();
        }
        sender.sendDue();

        assertThat(Smtp.to(smtp, users.emailOf(assignee))).singleElement().satisfies(message -> {
            assertThat(Smtp.subject(message)).isEqualTo("A task for you: " + triage.getName() + " (" + key + ")");
            assertThat(Smtp.body(message)).contains(key, triage.getName(),
                    "http://localhost:8080/tasks/" + triage.getId());
            assertNothingAboutThePractitioner(message);
        });
    }

    @Test
    void aTaskGivenToAUserIdTooLongForTheOutboxIsStillGivenAndTheEmailIsKeptAsUndeliverable() {
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        Task triage = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN);
        // A task's assignee may be 255 characters (set through /engine-rest, say); nobody has such a user id.
        String longAssignee = "a-very-long-user-id-".repeat(10);

        identity.setAuthenticatedUserId("casemanager");
        try {
            tasks.setAssignee(triage.getId(), longAssignee);
            tasks.setAssignee(triage.getId(), longAssignee);
        } finally {
            identity.clearAuthentication();
        }

        assertThat(longAssignee).hasSize(200);
        assertThat(tasks.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isEqualTo(longAssignee);
        assertThat(notifications.findByEventKeyStartingWithOrderById("task-assigned:" + triage.getId()))
                .singleElement().satisfies(email -> {
                    assertThat(email.status()).isEqualTo(NotificationStatus.UNDELIVERABLE);
                    assertThat(email.recipientUser()).hasSizeLessThanOrEqualTo(100).startsWith("a-very-long-user-id-");
                    assertThat(email.eventKey()).hasSizeLessThanOrEqualTo(255);
                    assertThat(email.lastError()).contains("There is no user");
                });
    }

    @Test
    void claimingATaskYourselfTellsNobody() {
        String inTheEngine = users.create("{id}@lotuspathway.example", Roles.CASE_MANAGER);
        String onOurPages = users.create("{id}@lotuspathway.example", Roles.CASE_MANAGER);
        Task first = driver.task(driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER)),
                ConcernPathway.TASK_TRIAGE_CONCERN);
        Task second = driver.task(driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER)),
                ConcernPathway.TASK_TRIAGE_CONCERN);

        // As Camunda's Tasklist does: the engine knows who is acting.
        identity.setAuthenticatedUserId(inTheEngine);
        try {
            tasks.claim(first.getId(), inTheEngine);
        } finally {
            identity.clearAuthentication();
        }
        // As our task pages do: only Spring Security knows who is signed in.
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(onOurPages, null, List.of()));
        tasks.claim(second.getId(), onOurPages);
        SecurityContextHolder.clearContext();
        sender.sendDue();

        assertThat(tasks.createTaskQuery().taskId(first.getId()).singleResult().getAssignee()).isEqualTo(inTheEngine);
        assertThat(notifications.findByEventKeyStartingWithOrderById("task-assigned:" + first.getId())).isEmpty();
        assertThat(notifications.findByEventKeyStartingWithOrderById("task-assigned:" + second.getId())).isEmpty();
        assertThat(Smtp.to(smtp, users.emailOf(inTheEngine))).isEmpty();
        assertThat(Smtp.to(smtp, users.emailOf(onOurPages))).isEmpty();
    }

    /** Issue 16, point 4: handing a task to someone on the task page emails them. */
    @Test
    void aTaskGivenToSomeoneOnTheTaskPageIsToldToThem() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        String assignee = users.create("{id}@lotuspathway.example", Roles.CASE_MANAGER);
        Task triage = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN);

        mvc.perform(post("/tasks/{id}/assign", triage.getId()).param("assignee", assignee)
                .with(org.lotuspathway.support.Pages.caseManager()).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + triage.getId()));
        sender.sendDue();

        assertThat(Smtp.to(smtp, users.emailOf(assignee))).singleElement().satisfies(message ->
                assertThat(Smtp.subject(message)).isEqualTo("A task for you: Triage the concern (" + key + ")"));
    }

    /** Issue 16, point 4: a practitioner's message, on an open case and on a closed one, reaches their case manager. */
    @Test
    void aPractitionerWritingIsToldToTheirCaseManagerOnAnOpenCaseAndOnAClosedOne() throws Exception {
        String open = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        writeFromThePortal(open, "Could we talk about the panel? I cannot sleep.");
        Task reply = driver.task(open, ConcernPathway.TASK_REPLY_TO_PRACTITIONER);

        String closed = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(closed, 1, 2);
        driver.complete(closed, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(closed);
        assertThat(driver.openTasks(closed)).isEmpty();
        writeFromThePortal(closed, "One more question about my closed case.");
        Task afterClosure = driver.task(closed, ConcernPathway.TASK_REPLY_TO_PRACTITIONER);
        assertThat(afterClosure.getDueDate()).as("due as on an open case").isNotNull();
        sender.sendDue();

        for (String key : List.of(open, closed)) {
            Task task = key.equals(open) ? reply : afterClosure;
            assertThat(Smtp.withSubjectContaining(smtp, "The practitioner has written (" + key + ")")).singleElement()
                    .satisfies(message -> {
                        assertThat(Smtp.recipient(message)).isEqualTo("casemanager@lotuspathway.example");
                        assertThat(Smtp.body(message)).contains("http://localhost:8080/tasks/" + task.getId())
                                .doesNotContain("cannot sleep", "closed case", "Ann Example");
                    });
        }
    }

    @Test
    void aPractitionerWritingOnACaseNobodyHoldsIsToldToTheCaseManagersTeam() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        jdbc.update("update concern set case_manager = 'left-the-team' where business_key = ?", key);
        writeFromThePortal(key, "Please call me.");
        sender.sendDue();

        assertThat(Smtp.withSubjectContaining(smtp, "The practitioner has written (" + key + ")"))
                .extracting(Smtp::recipient).containsExactlyInAnyOrderElementsOf(identity.createUserQuery()
                        .memberOfGroup(Roles.CASE_MANAGER).list().stream().map(User::getEmail)
                        .filter(email -> email != null && !email.isBlank()).toList());
    }

    private void writeFromThePortal(String key, String message) throws Exception {
        mvc.perform(post("/portal/cases/{key}/responses", key).with(org.lotuspathway.support.Pages.practitioner())
                .with(csrf()).param("kind", "CALL_REQUEST").param("message", message).param("phone", "07700 900123"))
                .andExpect(redirectedUrl("/portal/cases/" + key));
    }

    private static void assertNothingAboutThePractitioner(MimeMessage message) {
        assertThat(Smtp.subject(message) + Smtp.body(message)).doesNotContain(PRACTITIONER, "Mailed About", GMC_NUMBER);
    }
}
