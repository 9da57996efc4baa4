package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.ADVISER;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.meetings.MeetingFixtures.DELEGATE;
import static org.lotuspathway.meetings.MeetingFixtures.LAY;
import static org.lotuspathway.meetings.MeetingFixtures.SECRETARY;
import static org.lotuspathway.meetings.MeetingFixtures.decided;
import static org.lotuspathway.meetings.MeetingFixtures.signedIn;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19's process and service tests for meetings: which agenda a case lands on, the request for
 * an extraordinary meeting, recording an outcome at the meeting (the panel task done, the update
 * due from the meeting's date), the quorum, and a case carried over staying on its pathway.
 */
@PathwayTest
class MeetingAgendaTests {

    MeetingFixtures fixtures;
    @Autowired
    PathwayDriver driver;
    @Autowired
    Agenda agenda;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    MeetingOutcomes outcomes;
    @Autowired
    PanelDiscussions panel;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void noMeetingsLeft() {
        fixtures.noMeetingsLeft();
    }

    @BeforeEach
    void noMeetingsYet(@Autowired StaffDirectory staff, @Autowired org.camunda.bpm.engine.ProcessEngine engine) {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff);
        fixtures.freshStart();
    }

    @Test
    void aModerateCaseLandsOnTheNextMeetingWithFiveWorkingDaysNotice() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00")); // a Wednesday
        Meeting tooSoon = fixtures.meetingAt("2026-11-24T10:00"); // 4 working days away
        Meeting next = fixtures.meetingAt("2026-11-25T10:00"); // 5 working days away
        fixtures.meetingAt("2026-12-03T10:00");

        String key = fixtures.moderateCaseAtThePanel("Dr Moderate Notice", "7401001");

        assertThat(agendaOf(next)).containsExactly(key);
        assertThat(agendaOf(tooSoon)).isEmpty();
    }

    @Test
    void theNoticeIsCountedInWorkingDaysAcrossChristmas() {
        TestClock.stopAt(TestClock.uk("2026-12-18T10:00")); // a Friday; 25 and 28 December are bank holidays
        Meeting christmasEve = fixtures.meetingAt("2026-12-24T10:00");
        Meeting bankHoliday = fixtures.meetingAt("2026-12-28T10:00");
        Meeting afterTheHolidays = fixtures.meetingAt("2026-12-29T10:00");

        String key = fixtures.moderateCaseAtThePanel("Dr Christmas Notice", "7401002");

        assertThat(agendaOf(afterTheHolidays)).containsExactly(key);
        assertThat(agendaOf(christmasEve)).isEmpty();
        assertThat(agendaOf(bankHoliday)).isEmpty();
    }

    @Test
    void anUrgentCaseGoesOnTheSoonestMeetingWithinItsDeadline() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        Meeting friday = fixtures.meetingAt("2026-11-20T14:00");
        Meeting routine = fixtures.meetingAt("2026-11-25T10:00");

        String urgent = fixtures.urgentCaseAtThePanel("Dr Urgent Soonest", "7401003");
        String moderate = fixtures.moderateCaseAtThePanel("Dr Moderate Later", "7401004");

        assertThat(agendaOf(friday)).containsExactly(urgent);
        assertThat(agendaOf(routine)).containsExactly(moderate);
        assertThat(itemOf(urgent).urgent()).isTrue();
    }

    @Test
    void anUrgentCaseWithNoMeetingInTimeAsksTheChairAndCaseManagerForAnExtraordinaryOne() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        Meeting tooLate = fixtures.meetingAt("2026-12-01T10:00"); // after the deadline, 25 November 17:00

        String key = fixtures.urgentCaseAtThePanel("Dr Urgent Waiting", "7401005");

        assertThat(agendaOf(tooLate)).isEmpty();
        assertThat(jdbc.queryForList("select recipient_user from notification where event_key like ?", String.class,
                "extraordinary-meeting:" + key + ":%")).containsExactlyInAnyOrder("casemanager", CHAIR);
        assertThat(jdbc.queryForObject("select subject from notification where event_key like ? and recipient_user = ?",
                String.class, "extraordinary-meeting:" + key + ":%", CHAIR))
                .isEqualTo("URGENT: A panel meeting is needed (" + key + ")");

        Meeting extraordinary = schedule.schedule(new NewMeeting(MeetingType.PAG, LocalDateTime.parse("2026-11-23T16:00"),
                "Video call", true, MeetingFixtures.fullPanel()), "ro");

        assertThat(agendaOf(extraordinary)).containsExactly(key);
        List<MeetingWait> waiting = transaction.execute(s -> agenda.waiting());
        assertThat(waiting).isEmpty();
    }

    @Test
    void recordingTheOutcomeAtTheMeetingCompletesThePanelTaskAndTheUpdateIsDueFromTheMeeting() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Recorded Outcome", "7401006");
        AgendaItem item = itemOf(key);

        TestClock.stopAt(TestClock.uk("2026-11-27T09:00")); // the secretary writes it up two days later
        outcomes.record(signedIn(SECRETARY, Roles.PANEL), meeting.id(), item.id(),
                decided("MONITOR", CHAIR, ADVISER, DELEGATE, LAY, SECRETARY));

        assertThat(driver.pathway(key)).hasPassed(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION)
                .isWaitingAt(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
        var discussion = transaction.execute(s -> panel.latest(key).orElseThrow());
        assertThat(discussion.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(discussion.recordedBy()).isEqualTo(SECRETARY);
        assertThat(discussion.attendees()).contains("Chidi Panel, chair", "Ada Panel, clinical adviser");
        assertThat(driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getDueDate())
                .as("5 working days from the meeting on 25 November, not from the day it was written up")
                .isEqualTo(Date.from(TestClock.uk("2026-12-02T17:00")));
        assertThat(itemOf(key).status()).isEqualTo(AgendaStatus.DISCUSSED);
        assertThat(itemOf(key).present()).contains(CHAIR, ADVISER, DELEGATE, LAY, SECRETARY);
    }

    @Test
    void withoutAQuorumOrByAnyoneButTheChairOrSecretaryNothingIsRecorded() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Not Quorate", "7401007");
        AgendaItem item = itemOf(key);
        TestClock.stopAt(TestClock.uk("2026-11-25T12:00"));

        assertThatThrownBy(() -> outcomes.record(signedIn(CHAIR, Roles.PANEL), meeting.id(), item.id(),
                decided("MONITOR", CHAIR, DELEGATE, LAY, SECRETARY)))
                .isInstanceOf(InvalidSubmission.class)
                .satisfies(e -> assertThat(((InvalidSubmission) e).errors().get("present"))
                        .startsWith("The meeting is not quorate for this case").endsWith("without a clinical adviser."));
        assertThatThrownBy(() -> outcomes.record(signedIn(CHAIR, Roles.PANEL), meeting.id(), item.id(),
                decided("MONITOR", CHAIR, ADVISER, SECRETARY)))
                .isInstanceOf(InvalidSubmission.class)
                .satisfies(e -> assertThat(((InvalidSubmission) e).errors().get("present")).contains("Present: 2"));
        assertThatThrownBy(() -> outcomes.record(signedIn(LAY, Roles.PANEL), meeting.id(), item.id(),
                decided("MONITOR", CHAIR, ADVISER, DELEGATE, LAY)))
                .isInstanceOf(MeetingOutcomes.NotTheRecorder.class);
        assertThatThrownBy(() -> outcomes.record(signedIn(CHAIR, Roles.PANEL), meeting.id(), item.id(),
                decided("", CHAIR, ADVISER, DELEGATE, LAY)))
                .isInstanceOf(InvalidSubmission.class)
                .satisfies(e -> assertThat(((InvalidSubmission) e).errors()).containsKey("decision"));

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
        assertThat(itemOf(key).status()).isEqualTo(AgendaStatus.WAITING);
        java.util.Optional<?> recorded = transaction.execute(s -> panel.latest(key));
        assertThat(recorded).isEmpty();
    }

    @Test
    void aCaseNotReachedIsCarriedToTheNextMeetingAndStaysOnItsPathway() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        Meeting first = fixtures.meetingAt("2026-11-25T10:00");
        Meeting second = fixtures.meetingAt("2026-12-09T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Carried Over", "7401008");
        AgendaItem item = itemOf(key);
        TestClock.stopAt(TestClock.uk("2026-11-25T13:00"));

        assertThatThrownBy(() -> agenda.carryOver(first.id(), item.id(), " ", CHAIR)).isInstanceOf(InvalidSubmission.class);
        agenda.carryOver(first.id(), item.id(), "The meeting ran out of time", CHAIR);

        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
        List<AgendaItem> placements = transaction.execute(s -> agenda.of(concerns.findByBusinessKey(key).orElseThrow()));
        assertThat(placements).extracting(AgendaItem::status).containsExactly(AgendaStatus.CARRIED_OVER, AgendaStatus.WAITING);
        assertThat(placements.get(0).reason()).contains("The meeting ran out of time");
        assertThat(agendaOf(second)).containsExactly(key);
    }

    @Test
    void theAgendaIsReorderedAndACaseMovedWithItsReason() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        Meeting later = fixtures.meetingAt("2026-12-16T10:00");
        String first = fixtures.moderateCaseAtThePanel("Dr First Placed", "7401009");
        String second = fixtures.moderateCaseAtThePanel("Dr Second Placed", "7401010");

        agenda.reorder(meeting.id(), itemOf(second).id(), true, "casemanager");
        assertThat(agendaOf(meeting)).containsExactly(second, first);

        assertThatThrownBy(() -> agenda.move(meeting.id(), itemOf(first).id(), later.id(), "", "casemanager"))
                .isInstanceOf(InvalidSubmission.class);
        agenda.move(meeting.id(), itemOf(first).id(), later.id(), "The investigating officer's report is late", "casemanager");

        assertThat(agendaOf(later)).containsExactly(first);
        List<String> onTheFirst = transaction.execute(s -> agenda.of(meeting).stream()
                .map(i -> i.businessKey() + " " + i.status()).toList());
        assertThat(onTheFirst)
                .containsExactly(second + " WAITING", first + " MOVED");
        assertThat(jdbc.queryForList("select detail from audit_event where business_key = ? and action = 'CHANGED_AGENDA'",
                String.class, first)).containsExactly("moved from meeting " + meeting.id() + " to meeting " + later.id());
    }

    @Test
    void aDiscussionRecordedFromItsOwnTaskTakesTheCaseOffTheAgenda() {
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        fixtures.meetingAt("2026-11-25T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Recorded Elsewhere", "7401011");

        driver.panelDecides(key, "NO_FURTHER_ACTION");

        assertThat(itemOf(key).status()).isEqualTo(AgendaStatus.RECORDED_FROM_TASK);
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
    }

    private List<String> agendaOf(Meeting meeting) {
        return transaction.execute(s -> agenda.of(meeting).stream().filter(AgendaItem::isWaiting)
                .map(AgendaItem::businessKey).toList());
    }

    /** The case's latest place on an agenda. */
    private AgendaItem itemOf(String key) {
        return transaction.execute(s -> {
            List<AgendaItem> placed = agenda.of(concerns.findByBusinessKey(key).orElseThrow());
            AgendaItem item = placed.get(placed.size() - 1);
            item.businessKey();
            item.present();
            return item;
        });
    }

}
