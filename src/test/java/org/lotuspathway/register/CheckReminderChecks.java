package org.lotuspathway.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernIntake;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.register.StatusUpdate.RegistrationInput;
import org.lotuspathway.register.StatusUpdate.VettingInput;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reminder for each check falling due within 60 days, or overdue, on the practitioner's open
 * case: on the right day, once per check and due date, to the right people, never for a closed case;
 * and the Responsible Officer's list of checks missing or overdue. Run on H2
 * ({@link CheckRemindersTests}) and PostgreSQL ({@link PostgresCheckRemindersTests}).
 */
abstract class CheckReminderChecks {

    @Autowired
    CheckReminders reminders;
    @Autowired
    PractitionerRecords records;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernIntake intake;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngine engine;
    @Autowired
    OverdueChecks overdue;

    RegisterCases cases;

    @BeforeEach
    void setUp() {
        cases = new RegisterCases(driver, intake);
        BpmnAwareTests.init(engine);
        TestClock.stopAt(TestClock.uk("2026-11-18T07:00"));
    }

    @Test
    void anOverdueCheckAndARevalidationWithinSixtyDaysEachGetATaskOnTheOpenCase() {
        String number = RegisterCases.gmcNumber();
        String key = cases.raise("Dr Reminded " + RegisterCases.uniqueWord(), number);
        record(number, registration("2027-01-10"), dbs("2023-11-10"));

        reminders.remind();

        Task revalidation = reminder(key, "REVALIDATION");
        assertThat(groupsOf(revalidation)).containsExactly("ro");
        assertThat(revalidation.getAssignee()).isNull();
        assertThat(revalidation.getDueDate().toInstant()).isEqualTo(TestClock.uk("2027-01-10T00:00"));
        Task vetting = reminder(key, "VETTING");
        assertThat(groupsOf(vetting)).containsExactly("casemanager");
        assertThat(vetting.getAssignee()).isEqualTo("casemanager");
        assertThat(vetting.getDueDate().toInstant()).isEqualTo(TestClock.uk("2026-11-10T00:00"));
        assertThat(vetting.getName()).isEqualTo("Follow up a practitioner's check that falls due");

        reminders.remind();
        TestClock.stopAt(TestClock.uk("2026-11-25T07:00"));
        reminders.remind();
        assertThat(remindersOn(key)).as("once per check and due date").hasSize(2);
    }

    @Test
    void aCheckIsRemindedOfOnTheSixtiethDayBeforeItFallsDueAndNotBefore() {
        String number = RegisterCases.gmcNumber();
        String key = cases.raise("Dr Sixty " + RegisterCases.uniqueWord(), number);
        record(number, registration("2027-01-31"), dbs("2026-01-05"));

        TestClock.stopAt(TestClock.uk("2026-12-01T23:59"));
        reminders.remind();
        assertThat(remindersOn(key)).isEmpty();

        TestClock.stopAt(TestClock.uk("2026-12-02T00:00"));
        reminders.remind();
        assertThat(remindersOn(key)).hasSize(1);
        assertThat(reminder(key, "REVALIDATION").getDueDate().toInstant()).isEqualTo(TestClock.uk("2027-01-31T00:00"));
    }

    @Test
    void aRenewalGoesToTheCaseManagerOfTheNewestOpenCase() {
        String number = RegisterCases.gdcNumber();
        String name = "Ms Renewal " + RegisterCases.uniqueWord();
        String older = cases.raise(name, Profession.DENTIST, Register.GDC, number, "casemanager");
        TestClock.stopAt(TestClock.uk("2026-11-18T07:01"));
        String newer = cases.raise(name, Profession.DENTIST, Register.GDC, number, "casemanager2");
        records.update("GDC", number, new StatusUpdate(new RegistrationInput("REGISTERED", null, null, null, "2026-12-31",
                null), null, null), "casemanager");

        reminders.remind();

        assertThat(remindersOn(older)).isEmpty();
        Task renewal = reminder(newer, "RENEWAL");
        assertThat(renewal.getAssignee()).isEqualTo("casemanager2");
        assertThat(groupsOf(renewal)).containsExactly("casemanager");
    }

    @Test
    void aClosedCaseGetsNoReminders() {
        String number = RegisterCases.gmcNumber();
        String key = cases.raise("Dr Closed " + RegisterCases.uniqueWord(), number);
        cases.close(key);
        TestClock.stopAt(TestClock.uk("2026-11-18T07:00"));
        record(number, registration("2026-12-01"), dbs("2020-01-01"));

        reminders.remind();

        assertThat(remindersOn(key)).isEmpty();
    }

    @Test
    void aCheckRecordedAgainIsRemindedOfAgainWhenItsNewDateComes() {
        String number = RegisterCases.gmcNumber();
        String key = cases.raise("Dr Again " + RegisterCases.uniqueWord(), number);
        record(number, null, dbs("2023-11-01"));
        reminders.remind();
        Task first = reminder(key, "VETTING");
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(first.getProcessInstanceId())
                .singleResult();
        assertThat(instance).isWaitingAt(ConcernPathway.TASK_FOLLOW_UP_CHECK_DUE);

        driver.complete(key, ConcernPathway.TASK_FOLLOW_UP_CHECK_DUE, "follow-up-check-due", "casemanager", java.util.Map.of());
        assertThat(instance).isEnded().hasPassed("EndEvent_CheckFollowedUp");
        record(number, null, dbs("2024-02-20"));
        reminders.remind();
        assertThat(remindersOn(key)).isEmpty();

        TestClock.stopAt(TestClock.uk("2026-12-22T07:00"));
        reminders.remind();
        assertThat(reminder(key, "VETTING").getDueDate().toInstant()).isEqualTo(TestClock.uk("2027-02-20T00:00"));
    }

    @Test
    void theResponsibleOfficersListHasEveryPractitionerWithACheckMissingOrOverdue() {
        String overdueNumber = RegisterCases.gmcNumber();
        cases.raise("Dr Overdue " + RegisterCases.uniqueWord(), overdueNumber);
        record(overdueNumber, null, dbs("2023-01-01"));
        String inDate = RegisterCases.gmcNumber();
        cases.raise("Dr In Date " + RegisterCases.uniqueWord(), inDate);
        record(inDate, registration("2029-01-01"), dbs("2026-06-01"));
        String onTheService = RegisterCases.gmcNumber();
        cases.raise("Dr Update Service " + RegisterCases.uniqueWord(), onTheService);
        record(onTheService, registration("2029-01-01"),
                new VettingInput("ENHANCED", "ADULT", null, "2020-01-01", true, "2025-11-01"));

        List<String> listed = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            OverdueChecks.Page found = overdue.find(true, page);
            found.rows().forEach(row -> listed.add(row.practitioner().registerNumber() + " " + row.checks().stream()
                    .map(check -> check.kind() + ":" + check.state()).toList()));
            if (!found.hasNext()) {
                break;
            }
        }

        assertThat(listed).contains(overdueNumber + " [REVALIDATION:MISSING, VETTING:OVERDUE]",
                onTheService + " [VETTING:OVERDUE]");
        assertThat(listed).noneMatch(line -> line.startsWith(inDate));
    }

    private void record(String number, RegistrationInput registration, VettingInput vetting) {
        records.update("GMC", number, new StatusUpdate(registration, null, vetting), "casemanager");
    }

    private static RegistrationInput registration(String revalidationDue) {
        return new RegistrationInput("REGISTERED", true, revalidationDue, null, null, null);
    }

    private static VettingInput dbs(String issuedOn) {
        return new VettingInput("ENHANCED", "ADULT", null, issuedOn, false, null);
    }

    private List<Task> remindersOn(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).processDefinitionKey(ConcernPathway.CHECK_DUE_ID)
                .list();
    }

    private Task reminder(String key, String kind) {
        return remindersOn(key).stream()
                .filter(task -> kind.equals(runtime.getVariable(task.getProcessInstanceId(), "checkKind"))).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " reminder on " + key));
    }

    private List<String> groupsOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}
