package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.IdentityService;
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

/**
 * The Responsible Officers hear, through the outbox, of what on a case needs them: a late update to
 * the practitioner, an urgent wellbeing concern, a missed check-in, a high-risk case.
 */
@PathwayTest
class ResponsibleOfficerNotificationsTests {

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
    IdentityService identity;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void tidyUp() {
        TestClock.restart();
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

    /** Issue 16, point 4: before, a high-risk case waited on the Responsible Officer without a word. */
    @Test
    void aHighRiskCaseAsksTheResponsibleOfficerToConsiderInterimAction() {
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        driver.triageAs(key, 5, 4);
        Task interim = driver.task(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION);
        sender.sendDue();

        List<MimeMessage> sent = Smtp.withSubjectContaining(smtp, "High-risk case: please consider interim action (" + key + ")");
        assertThat(sent).extracting(Smtp::recipient).containsExactlyInAnyOrderElementsOf(responsibleOfficers());
        assertThat(sent).allSatisfy(message -> {
            assertThat(Smtp.body(message)).contains("http://localhost:8080/tasks/" + interim.getId());
            assertNothingAboutThePractitioner(message);
        });
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
