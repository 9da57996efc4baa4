package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.meetings.MeetingFixtures.DELEGATE;
import static org.lotuspathway.meetings.MeetingFixtures.LAY;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A panel member who works no other role sees the cases on their meetings' agendas, and no others (issue 19). */
@PathwayTest
class PanelMembersCasesTests {

    static final RequestPostProcessor THE_CHAIR = as(CHAIR, Roles.PANEL);
    /** Sits on one meeting only, not the full panel's. */
    static final String VISITOR = "panelvisitor";
    static final RequestPostProcessor THE_VISITOR = as(VISITOR, Roles.PANEL);

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Declarations declarations;
    MeetingFixtures fixtures;

    @AfterEach
    void noMeetingsLeft() {
        fixtures.noMeetingsLeft();
    }

    @BeforeEach
    void noMeetingsYet(@Autowired StaffDirectory staff) {
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff, declarations);
        fixtures.freshStart();
        staff.ensureUser(new StaffMember(VISITOR, "Vic", "Visitor", VISITOR + "@lotuspathway.example"), "demo", Roles.PANEL);
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
    }

    @Test
    void eachMemberOpensOnlyTheCasesOnTheAgendasOfTheMeetingsTheySitOn() throws Exception {
        Meeting secretarysOnly = schedule.schedule(new NewMeeting(MeetingType.PAG,
                LocalDateTime.parse("2026-11-25T10:00"), "Room 2", false,
                List.of(new NewMember(VISITOR, MeetingRole.CHAIR, null))), "casemanager");
        String elsewhere = fixtures.moderateCaseAtThePanel("Dr Elsewhere Agenda", "7405001");
        Meeting chairs = fixtures.meetingAt("2026-11-25T09:00");
        String onMine = fixtures.moderateCaseAtThePanel("Dr Chairs Agenda", "7405002");
        assertThat(jdbc.queryForObject("select count(*) from agenda_item where meeting_id = ?", Long.class,
                secretarysOnly.id())).isEqualTo(1);
        String panelTaskElsewhere = driver.task(elsewhere, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getId();
        String panelTaskOnMine = driver.task(onMine, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getId();

        mvc.perform(get("/cases/{key}", onMine).with(THE_CHAIR)).andExpect(status().isOk());
        mvc.perform(get("/tasks/{id}", panelTaskOnMine).with(THE_CHAIR)).andExpect(status().isOk());
        mvc.perform(get("/cases/{key}", elsewhere).with(THE_CHAIR)).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{key}/diagram", elsewhere).with(THE_CHAIR)).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{id}", panelTaskElsewhere).with(THE_CHAIR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{key}/tasks", elsewhere).with(THE_CHAIR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{key}/documents", elsewhere).with(THE_CHAIR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/concerns/{key}", elsewhere).with(THE_CHAIR)).andExpect(status().isNotFound());
        // searched by key: other tests leave panel tasks on no agenda, which every panel member may record
        assertThat(teamTasksFor(onMine, THE_CHAIR)).contains(onMine);
        assertThat(teamTasksFor(elsewhere, THE_CHAIR)).doesNotContain(elsewhere);

        mvc.perform(get("/cases/{key}", elsewhere).with(THE_VISITOR)).andExpect(status().isOk());
        mvc.perform(get("/cases/{key}", onMine).with(THE_VISITOR)).andExpect(status().isForbidden());
        // the Responsible Officer's delegate works another role, and sees every case as before
        mvc.perform(get("/cases/{key}", elsewhere).with(as(DELEGATE, Roles.PANEL, Roles.RESPONSIBLE_OFFICER)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where business_key = ? and actor = ?"
                + " and action = 'REFUSED'", Long.class, elsewhere, CHAIR)).isPositive();
    }

    @Test
    void aMemberWhoDeclaredAnInterestCannotOpenTheCase() throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Declared Interest", "7405003");
        long item = jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ?", Long.class, key);
        declarations.declare(MeetingFixtures.signedIn(LAY, Roles.PANEL), meeting.id(), item, true, "My sister's practice");

        mvc.perform(get("/cases/{key}", key).with(as(LAY, Roles.PANEL))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{key}", key).with(THE_CHAIR)).andExpect(status().isOk());
    }

    /**
     * Found by the outside attack: carried over with no later meeting, the case waited on no agenda
     * and opened again, with its panel task, to the member who had declared an interest in it.
     */
    @Test
    void aCaseCarriedOffTheAgendaStaysClosedToTheMemberWhoDeclaredAnInterest(@Autowired Agenda agenda)
            throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Carried Over", "7405006");
        long item = jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ?", Long.class, key);
        declarations.declare(MeetingFixtures.signedIn(LAY, Roles.PANEL), meeting.id(), item, true, "My sister's practice");
        assertThat(agenda.carryOver(meeting.id(), item, "Not reached", CHAIR)).isEmpty();
        String panelTask = driver.task(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getId();

        mvc.perform(get("/cases/{key}", key).with(as(LAY, Roles.PANEL))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{id}", panelTask).with(as(LAY, Roles.PANEL))).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{key}/tasks", key).with(as(LAY, Roles.PANEL))).andExpect(status().isForbidden());
        assertThat(teamTasksFor(key, as(LAY, Roles.PANEL))).doesNotContain(key);
        mvc.perform(get("/cases/{key}", key).with(THE_CHAIR)).andExpect(status().isOk());
        assertThat(teamTasksFor(key, THE_CHAIR)).contains(key);
    }

    /**
     * Found by the outside attack (issue 22/19): a case moved to another meeting stayed open to the
     * first meeting's members, with its task in their list, though it had left their agenda.
     */
    @Test
    void aCaseMovedToAnotherMeetingClosesToTheFirstMeetingsMembers(@Autowired Agenda agenda) throws Exception {
        Meeting elsewhere = schedule.schedule(new NewMeeting(MeetingType.PAG, LocalDateTime.parse("2026-11-26T10:00"),
                "Room 2", false, List.of(new NewMember(VISITOR, MeetingRole.CHAIR, null))), "casemanager");
        Meeting chairs = fixtures.meetingAt("2026-11-25T09:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Moved Away", "7405007");
        long item = jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ? and i.meeting_id = ?", Long.class, key, chairs.id());
        String panelTask = driver.task(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getId();
        mvc.perform(get("/cases/{key}", key).with(THE_CHAIR)).andExpect(status().isOk());

        agenda.move(chairs.id(), item, elsewhere.id(), "The chair knows the practitioner", "casemanager");

        mvc.perform(get("/cases/{key}", key).with(THE_CHAIR)).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/{id}", panelTask).with(THE_CHAIR)).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/{key}/documents", key).with(THE_CHAIR)).andExpect(status().isForbidden());
        assertThat(teamTasksFor(key, THE_CHAIR)).doesNotContain(key);
        mvc.perform(get("/cases/{key}", key).with(THE_VISITOR)).andExpect(status().isOk());
    }

    /** As before meetings: a discussion held elsewhere is recorded from the case's own panel task. */
    @Test
    void aCaseAtThePanelOnNoAgendaIsOpenToThePanelGroup() throws Exception {
        String key = fixtures.moderateCaseAtThePanel("Dr No Agenda", "7405004");
        String panelTask = driver.task(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION).getId();

        mvc.perform(get("/cases/{key}", key).with(THE_CHAIR)).andExpect(status().isOk());
        mvc.perform(get("/tasks/{id}", panelTask).with(THE_CHAIR)).andExpect(status().isOk());
        String atTriage = driver.raise(PathwayDriver.concernAbout("Dr Still At Triage", "7405005"));
        mvc.perform(get("/cases/{key}", atTriage).with(THE_CHAIR)).andExpect(status().isForbidden());
    }

    private String teamTasksFor(String key, org.springframework.test.web.servlet.request.RequestPostProcessor member)
            throws Exception {
        return html(mvc.perform(get("/tasks").param("view", "TEAM").param("search", key).with(member)).andReturn()).text();
    }
}
