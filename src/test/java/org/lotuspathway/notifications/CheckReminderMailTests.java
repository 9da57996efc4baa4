package org.lotuspathway.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.register.CheckReminders;
import org.lotuspathway.register.PractitionerRecords;
import org.lotuspathway.register.StatusUpdate;
import org.lotuspathway.register.StatusUpdate.RegistrationInput;
import org.lotuspathway.register.StatusUpdate.VettingInput;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reminder of a practitioner's check that is given to the case's case manager reaches them by
 * email, once, with a link to the task and nothing about the practitioner; a revalidation,
 * which goes to the Responsible Officers' team and to nobody in particular, sends no "task for you".
 */
@PathwayTest
class CheckReminderMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.server();

    static final String PRACTITIONER = "Dr Reminded By Mail";
    static final String GMC_NUMBER = "6543299";
    static final String CASE_MANAGER_EMAIL = "casemanager@lotuspathway.example";

    @Autowired
    PathwayDriver driver;
    @Autowired
    CheckReminders reminders;
    @Autowired
    PractitionerRecords records;
    @Autowired
    OutboxSender sender;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        TestClock.stopAt(TestClock.uk("2026-11-18T06:30"));
    }

    @Test
    void theCaseManagerIsEmailedOnceThatAnOverdueDbsCheckIsTheirsToFollowUp() {
        String key = driver.raise(PathwayDriver.concernAbout(PRACTITIONER, GMC_NUMBER));
        records.update("GMC", GMC_NUMBER, new StatusUpdate(
                new RegistrationInput("REGISTERED", true, "2027-01-10", null, null, null), null,
                new VettingInput("ENHANCED", "ADULT", null, "2023-11-10", false, null)), "casemanager");

        reminders.remind();
        reminders.remind();
        sender.sendDue();

        Task vetting = reminder(key, "VETTING");
        Task revalidation = reminder(key, "REVALIDATION");
        String subject = "A task for you: Follow up a practitioner's check that falls due (" + key + ")";
        List<MimeMessage> sent = Smtp.withSubjectContaining(smtp, "(" + key + ")");
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(Smtp.recipient(message)).isEqualTo(CASE_MANAGER_EMAIL);
            assertThat(Smtp.subject(message)).isEqualTo(subject);
            assertThat(Smtp.body(message)).contains(key, "http://localhost:8080/tasks/" + vetting.getId())
                    .doesNotContain(revalidation.getId());
            assertThat(Smtp.subject(message) + Smtp.body(message)).doesNotContain(PRACTITIONER, "Reminded By Mail",
                    GMC_NUMBER, "2023");
        });
    }

    private Task reminder(String key, String kind) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).processDefinitionKey(ConcernPathway.CHECK_DUE_ID)
                .list().stream().filter(task -> kind.equals(runtime.getVariable(task.getProcessInstanceId(), "checkKind")))
                .findFirst().orElseThrow(() -> new AssertionError("No " + kind + " reminder on " + key));
    }
}
