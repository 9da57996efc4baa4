package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff hear about work that needs them, through the outbox, as cases move along the pathway. */
@PathwayTest
class StaffNotificationsTests {

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
    void aLateUpdateToThePractitionerIsToldToEveryResponsibleOfficerOnce() {
        String key = atThePanel();
        driver.panelDecides(key, "MONITOR");
        driver.timePasses(Duration.ofDays(9));
        Task followUp = driver.task(key, ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE);
        sender.sendDue();

        List<MimeMessage> sent = Smtp.withSubjectContaining(smtp, "Practitioner update overdue (" + key + ")");
        assertThat(sent).extracting(Smtp::recipient).containsExactlyInAnyOrderElementsOf(responsibleOfficers());
        assertThat(sent).allSatisfy(message -> {
            assertThat(Smtp.body(message)).contains(key, "http://localhost:8080/tasks/" + followUp.getId());
            assertNothingAboutThePractitioner(message);
        });
        assertThat(notifications.findByEventKeyStartingWithOrderById("late-update:" + followUp.getId()))
                .hasSize(responsibleOfficers().size());
    }

    @Test
    void anUrgentWellbeingConcernIsToldToTheResponsibleOfficerAsUrgent() {
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "URGENT_CONCERN", "notes", "Said they cannot see a way through this"));
        Task urgent = driver.task(key, ConcernPathway.TASK_RESPOND_TO_URGENT_CONCERN);
        sender.sendDue();

        List<MimeMessage> sent = Smtp.withSubjectContaining(smtp, "URGENT wellbeing concern: please respond now (" + key + ")");
        assertThat(sent).extracting(Smtp::recipient).containsExactlyInAnyOrderElementsOf(responsibleOfficers());
        assertThat(sent).allSatisfy(message -> {
            assertThat(Smtp.body(message)).contains("/tasks/" + urgent.getId()).doesNotContain("cannot see a way");
            assertNothingAboutThePractitioner(message);
        });
    }

    @Test
    void aMissedCheckInIsToldToTheResponsibleOfficer() {
        // due the Thursday before Easter: Good Friday and Easter Monday make it Wednesday 8 April, 17:00
        TestClock.stopAt(TestClock.uk("2026-03-19T16:59"));
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        TestClock.stopAt(TestClock.uk("2026-04-08T16:59"));
        driver.runDueJobs();
        sender.sendDue();
        assertThat(Smtp.withSubjectContaining(smtp, "Wellbeing check-in missed (" + key + ")")).isEmpty();

        TestClock.stopAt(TestClock.uk("2026-04-08T17:01"));
        driver.runDueJobs();
        driver.task(key, ConcernPathway.TASK_FOLLOW_UP_MISSED_CHECK_IN);
        sender.sendDue();

        List<MimeMessage> sent = Smtp.withSubjectContaining(smtp, "Wellbeing check-in missed (" + key + ")");
        assertThat(sent).extracting(Smtp::recipient).containsExactlyInAnyOrderElementsOf(responsibleOfficers());
        assertThat(sent).allSatisfy(message -> {
            assertNothingAboutThePractitioner(message);
        });
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

    private String atThePanel() {
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        return key;
    }

    private List<String> responsibleOfficers() {
        return identity.createUserQuery().memberOfGroup(Roles.RESPONSIBLE_OFFICER).list().stream()
                .map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList();
    }

    private static void assertNothingAboutThePractitioner(MimeMessage message) {
        assertThat(Smtp.subject(message) + Smtp.body(message)).doesNotContain(PRACTITIONER, "Mailed About", GMC_NUMBER);
    }
}
