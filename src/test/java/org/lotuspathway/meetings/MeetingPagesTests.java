package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.ADVISER;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.meetings.MeetingFixtures.DELEGATE;
import static org.lotuspathway.meetings.MeetingFixtures.LAY;
import static org.lotuspathway.meetings.MeetingFixtures.SECRETARY;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Meetings through their pages and the API, for those who may see them and nobody else. */
@PathwayTest
class MeetingPagesTests {

    static final RequestPostProcessor THE_CHAIR = as(CHAIR, Roles.PANEL);
    static final RequestPostProcessor THE_LAY_MEMBER = as(LAY, Roles.PANEL);

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    MeetingFixtures fixtures;

    @AfterEach
    void noMeetingsLeft() {
        fixtures.noMeetingsLeft();
    }

    @BeforeEach
    void noMeetingsYet(@Autowired StaffDirectory staff) {
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff);
        fixtures.freshStart();
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
    }

    @Test
    void theApiSchedulesAMeetingAndShowsItsAgendaToThoseWhoMaySeeIt() throws Exception {
        MvcResult created = mvc.perform(post("/api/meetings").with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"type": "PAG", "startsAt": "2026-11-25T10:00:00", "place": "Room 4, Quarry House",
                                 "members": [{"username": "%s", "role": "CHAIR"},
                                             {"username": "%s", "role": "CLINICAL_ADVISER", "profession": "GP"}]}"""
                                .formatted(CHAIR, ADVISER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.members[1].profession").value("GP"))
                .andReturn();
        long id = ((Number) json.readValue(created.getResponse().getContentAsString(), Map.class).get("id")).longValue();
        String key = fixtures.moderateCaseAtThePanel("Dr Api Agenda", "7402001");

        mvc.perform(get("/api/meetings/{id}", id).with(as("ro", "ro"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("PAG"))
                .andExpect(jsonPath("$.agenda[0].businessKey").value(key))
                .andExpect(jsonPath("$.agenda[0].status").value("WAITING"));
        mvc.perform(get("/api/meetings/{id}", id).with(THE_CHAIR)).andExpect(status().isOk());
        mvc.perform(get("/api/meetings/{id}", id).with(panelMember())) // a panel member not sitting on it
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/meetings/{id}", id).with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(post("/api/meetings/{id}/members", id).with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"%s\", \"role\": \"LAY_MEMBER\"}".formatted(LAY)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.members[2].username").value(LAY));
        mvc.perform(post("/api/meetings").with(THE_CHAIR).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void regularMeetingsAreScheduledAsASeriesOnTheSameWeekdayOfEachMonth() throws Exception {
        mvc.perform(post("/api/meetings/series").with(as("ro", "ro")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "PAG", "startsAt": "2027-01-12T10:00:00", "place": "Room 4", "meetings": 3,
                         "members": [{"username": "%s", "role": "CHAIR"}]}""".formatted(CHAIR)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pattern").value("the second Tuesday of each month"))
                .andExpect(jsonPath("$.meetings.length()").value(3))
                .andExpect(jsonPath("$.meetings[2].date").value("2027-03-09"))
                .andExpect(jsonPath("$.meetings[2].members[0].username").value(CHAIR));
        long before = jdbc.queryForObject("select count(*) from meeting", Long.class);
        mvc.perform(post("/api/meetings/series").with(as("ro", "ro")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "PAG", "startsAt": "2027-01-12T10:00:00", "place": "Room 4", "meetings": 40,
                         "members": [{"username": "%s", "role": "CHAIR"}]}""".formatted(CHAIR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.series").value("A series has from 2 to 24 meetings"));

        mvc.perform(post("/meetings").with(caseManager()).with(csrf())
                        .param("type", "PSG").param("date", "2027-02-03").param("time", "14:00").param("place", "Video call")
                        .param("memberUsername", CHAIR).param("memberRole", "CHAIR")
                        .param("series", "true").param("seriesMeetings", "4"))
                .andExpect(flash().attribute("message", "Scheduled 4 meetings, on the first Wednesday of each month, "
                        + "the first: PSG meeting, Wednesday 3 February 2027, 14:00."));
        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isEqualTo(before + 4);
    }

    @Test
    void aMeetingThatCannotBeScheduledSaysWhyAndNothingIsKept() throws Exception {
        long before = jdbc.queryForObject("select count(*) from meeting", Long.class);

        mvc.perform(post("/api/meetings").with(caseManager()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "PAG", "startsAt": "2026-11-01T10:00:00", "place": " ",
                         "members": [{"username": "nobody-at-all", "role": "CHAIR"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.startsAt").value("The meeting must start in the future"))
                .andExpect(jsonPath("$.errors.place").value("Enter where the meeting is held, or its video link"))
                .andExpect(jsonPath("$.errors.members").value("Nobody has the username nobody-at-all"));
        mvc.perform(post("/api/meetings").with(caseManager()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "CABINET", "startsAt": "2026-12-01T10:00:00", "place": "Room 4", "members": []}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.type").value("type must be one of PAG, PSG"));
        Document page = html(mvc.perform(post("/meetings").with(caseManager()).with(csrf())
                        .param("type", "PAG").param("date", "next Tuesday").param("time", "10:00").param("place", "Room 9")
                        .param("memberUsername", ADVISER).param("memberRole", "CLINICAL_ADVISER"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("#error-summary li").eachText())
                .containsExactly("Enter the date like 12/01/2027 and the time like 10:00", "Name one chair for the meeting");
        assertThat(page.select("#place").val()).isEqualTo("Room 9");
        assertThat(page.select("#member-0 option[selected]").val()).isEqualTo(ADVISER);
        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isEqualTo(before);
    }

    /** Found by the outside attack: a practitioner and a library reader sat on a meeting and made its quorum. */
    @Test
    void onlyPanelMembersCaseManagersAndTheResponsibleOfficersTeamSitOnAMeeting() throws Exception {
        long before = jdbc.queryForObject("select count(*) from meeting_member", Long.class);
        mvc.perform(post("/api/meetings").with(caseManager()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "PAG", "startsAt": "2026-12-01T10:00:00", "place": "Room 4",
                         "members": [{"username": "%s", "role": "CHAIR"},
                                     {"username": "practitioner", "role": "LAY_MEMBER"}]}""".formatted(CHAIR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.members").value("practitioner cannot sit on a meeting: members are"
                        + " PAG/PSG members, case managers or the Responsible Officer's team"));
        Meeting meeting = fixtures.meetingAt("2026-12-01T10:00");
        mvc.perform(post("/api/meetings/{id}/members", meeting.id()).with(caseManager())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "learner", "role": "CLINICAL_ADVISER", "profession": "GP"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/meetings/{id}/members", meeting.id()).with(caseManager()).with(csrf())
                        .param("username", "admin").param("role", "SECRETARY"))
                .andExpect(flash().attribute("problem", "admin cannot sit on a meeting: members are"
                        + " PAG/PSG members, case managers or the Responsible Officer's team"));
        mvc.perform(post("/meetings/{id}/members", meeting.id()).with(caseManager()).with(csrf())
                        .param("username", "casemanager").param("role", "SECRETARY"))
                .andExpect(flash().attribute("message", "Added casemanager as secretary."));
        assertThat(jdbc.queryForObject("select count(*) from meeting_member", Long.class))
                .isEqualTo(before + MeetingFixtures.fullPanel().size() + 1);
    }

    @Test
    void theChairRecordsACaseFromTheMeetingPageAndTheUpdateTaskFollows() throws Exception {
        String location = mvc.perform(post("/meetings").with(caseManager()).with(csrf())
                        .param("type", "PAG").param("date", "2026-11-25").param("time", "10:00").param("place", "Room 4")
                        .param("memberUsername", CHAIR, ADVISER, DELEGATE, LAY, SECRETARY)
                        .param("memberRole", "CHAIR", "CLINICAL_ADVISER", "RO_DELEGATE", "LAY_MEMBER", "SECRETARY")
                        .param("memberProfession", "", "GP", "", "", ""))
                .andExpect(flash().attribute("message", "Scheduled: PAG meeting, Wednesday 25 November 2026, 10:00."))
                .andReturn().getResponse().getRedirectedUrl();
        String key = fixtures.moderateCaseAtThePanel("Dr Page Outcome", "7402002");
        Document meeting = html(mvc.perform(get(location).with(THE_CHAIR)).andExpect(status().isOk()).andReturn());
        assertThat(meeting.select(".lotus-agenda-item h3").text()).contains(key, "Dr Page Outcome");
        assertThat(meeting.select(".lotus-agenda-item a.nhsuk-button")).as("not before the meeting").isEmpty();
        String itemPath = location + "/items/" + jdbc.queryForObject(
                "select i.id from agenda_item i join concern c on c.id = i.concern_id where c.business_key = ?", Long.class, key);

        TestClock.stopAt(TestClock.uk("2026-11-25T11:30"));
        meeting = html(mvc.perform(get(location).with(THE_CHAIR)).andReturn());
        assertThat(meeting.select(".lotus-agenda-item a.nhsuk-button").attr("href")).isEqualTo(itemPath);
        mvc.perform(get(itemPath).with(THE_LAY_MEMBER)).andExpect(status().isForbidden());
        Document refused = html(mvc.perform(post(itemPath).with(THE_CHAIR).with(csrf())
                        .param("present", CHAIR, DELEGATE, LAY).param("discussion", "The investigation's findings")
                        .param("decision", "MONITOR").param("reasons", "Insight shown").param("nextSteps", "A letter"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#error-present").text()).startsWith("The meeting is not quorate for this case");
        assertThat(refused.select("#reasons").text()).isEqualTo("Insight shown");
        assertThat(refused.select("#present-" + LAY).hasAttr("checked")).isTrue();
        mvc.perform(post(itemPath).with(THE_CHAIR).param("present", CHAIR, ADVISER, DELEGATE, LAY))
                .andExpect(refusedForWantOfCsrf());

        mvc.perform(post(itemPath).with(THE_CHAIR).with(csrf())
                        .param("present", CHAIR, ADVISER, DELEGATE, LAY, SECRETARY).param("discussion", "The investigation's findings")
                        .param("decision", "MONITOR").param("reasons", "Insight shown").param("nextSteps", "A letter"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith(
                        "Recorded the panel's decision on case " + key)));

        assertThat(driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getDueDate())
                .isEqualTo(Date.from(TestClock.uk("2026-12-02T17:00")));
        meeting = html(mvc.perform(get(location).with(THE_CHAIR)).andReturn());
        assertThat(meeting.select(".lotus-agenda-status").text()).startsWith("Discussed").contains("Chidi Panel");
        Document casePage = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        assertThat(casePage.select(".lotus-case-meetings").text())
                .isEqualTo("PAG meeting, Wednesday 25 November 2026, 10:00: Discussed");
        assertThat(casePage.select(".lotus-timeline-entry").eachText())
                .anySatisfy(line -> assertThat(line).contains("On the agenda: PAG meeting, Wednesday 25 November 2026",
                        "The pathway, by itself"))
                .anySatisfy(line -> assertThat(line).contains("Done: Record the PAG/PSG discussion"))
                .anySatisfy(line -> assertThat(line).contains("Panel decided: Monitor", "Chidi Panel"));
    }

    @Test
    void aCaseIsMovedOrCarriedOverFromTheMeetingPageWithItsReason() throws Exception {
        Meeting first = fixtures.meetingAt("2026-11-25T10:00");
        Meeting second = fixtures.meetingAt("2026-12-09T10:00");
        String moved = fixtures.moderateCaseAtThePanel("Dr Moved Case", "7402003");
        String carried = fixtures.moderateCaseAtThePanel("Dr Carried Case", "7402004");

        mvc.perform(post("/meetings/{id}/items/{item}/move", first.id(), itemOf(moved)).with(caseManager()).with(csrf())
                        .param("toMeeting", String.valueOf(second.id())).param("reason", " "))
                .andExpect(flash().attribute("problem", "Say why the case is moved"));
        mvc.perform(post("/meetings/{id}/items/{item}/move", first.id(), itemOf(moved)).with(caseManager()).with(csrf())
                        .param("toMeeting", String.valueOf(second.id())).param("reason", "The report is late"))
                .andExpect(flash().attribute("message", "Moved case " + moved + " to the PAG meeting, Wednesday 9 December 2026, 10:00."));
        mvc.perform(post("/meetings/{id}/items/{item}/carry-over", first.id(), itemOf(carried)).with(THE_LAY_MEMBER)
                .with(csrf()).param("reason", "Not reached")).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/items/{item}/carry-over", first.id(), itemOf(carried)).with(THE_CHAIR)
                        .with(csrf()).param("reason", "The meeting ran out of time"))
                .andExpect(flash().attribute("message", "Carried case " + carried + " over to the PAG meeting, Wednesday 9 December 2026, 10:00."));

        Document page = html(mvc.perform(get("/meetings/{id}", first.id()).with(caseManager())).andReturn());
        assertThat(page.select(".lotus-agenda-status").eachText()).containsExactly(
                "Moved to another meeting: The report is late", "Not reached: carried over: The meeting ran out of time");
        Document casePage = html(mvc.perform(get("/cases/{key}", moved).with(caseManager())).andReturn());
        assertThat(casePage.select(".lotus-timeline-entry").eachText()).anySatisfy(line -> assertThat(line)
                .contains("Moved off the agenda: PAG meeting, Wednesday 25 November 2026", "The report is late",
                        "Cara Manager"));
        mvc.perform(get("/meetings/{id}", first.id()).with(panelMember())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings").with(practitioner())).andExpect(status().isForbidden());
        Document list = html(mvc.perform(get("/meetings").with(THE_LAY_MEMBER)).andReturn());
        assertThat(list.select(".lotus-meeting")).hasSize(2);
        assertThat(html(mvc.perform(get("/meetings").with(panelMember())).andReturn()).select(".lotus-meeting")).isEmpty();
    }

    /** Found by the outside attack: a meeting's page names its cases, and a new member may open them. */
    @Test
    void viewingAMeetingAndAddingAMemberAreInTheAuditLogOfEachCaseOnItsAgenda(
            @Autowired org.lotuspathway.audit.AuditEventRepository audit) throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Audited Agenda", "7402009");

        mvc.perform(get("/meetings/{id}", meeting.id()).with(THE_CHAIR)).andExpect(status().isOk());
        mvc.perform(get("/api/meetings/{id}", meeting.id()).with(caseManager())).andExpect(status().isOk());
        mvc.perform(post("/meetings/{id}/members", meeting.id()).with(caseManager()).with(csrf())
                .param("username", "ro").param("role", "RO_DELEGATE")).andExpect(flash().attributeExists("message"));

        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).extracting(e -> e.actor(), e -> e.action(), e -> e.detail().orElse(""))
                .contains(org.assertj.core.groups.Tuple.tuple(CHAIR, org.lotuspathway.audit.AuditAction.VIEWED_MEETING,
                                "the page of meeting " + meeting.id()),
                        org.assertj.core.groups.Tuple.tuple("casemanager", org.lotuspathway.audit.AuditAction.VIEWED_MEETING,
                                "the API of meeting " + meeting.id()),
                        org.assertj.core.groups.Tuple.tuple("casemanager", org.lotuspathway.audit.AuditAction.ADDED_MEETING_MEMBER,
                                "ro as Responsible Officer's delegate of meeting " + meeting.id()));
    }

    /** Found by the outside attack: a post without its case answered "not found". */
    @Test
    void puttingAWaitingCaseOnTheAgendaWithoutChoosingOneSaysSo() throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");

        mvc.perform(post("/meetings/{id}/waiting", meeting.id()).with(caseManager()).with(csrf()))
                .andExpect(flash().attribute("problem", "Choose a waiting case to put on the agenda."));
    }

    private long itemOf(String key) {
        return jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ? and i.status = 'WAITING'", Long.class, key);
    }
}
