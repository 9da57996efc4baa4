package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.meetings.MeetingFixtures.LAY;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A panel member who works no other role finds in the case register only the cases they may open,
 * and reads only the records of those cases' practitioners (issue 19): the register is not a way
 * round the cases' own pages.
 */
@PathwayTest
class PanelMembersRegisterTests {

    static final RequestPostProcessor THE_CHAIR = as(CHAIR, Roles.PANEL);
    static final String VISITOR = "panelvisitor";

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
    @Autowired
    Agenda agenda;
    @Autowired
    ObjectMapper mapper;
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
    void aMemberFindsOnlyTheCasesOnTheAgendasOfTheMeetingsTheySitOn() throws Exception {
        Meeting visitors = schedule.schedule(new NewMeeting(MeetingType.PAG, LocalDateTime.parse("2026-11-25T10:00"),
                "Room 2", false, List.of(new NewMember(VISITOR, MeetingRole.CHAIR, null))), "casemanager");
        String onTheVisitors = fixtures.moderateCaseAtThePanel("Dr Bea Quorvane", "7408001");
        Meeting chairs = fixtures.meetingAt("2026-11-25T09:00");
        String onTheChairs = fixtures.moderateCaseAtThePanel("Dr Ada Quorvane", "7408002");
        String declared = fixtures.moderateCaseAtThePanel("Dr Dee Quorvane", "7408003");
        declarations.declare(MeetingFixtures.signedIn(CHAIR, Roles.PANEL), chairs.id(), itemOf(declared, chairs), true,
                "My brother-in-law");
        String moved = fixtures.moderateCaseAtThePanel("Dr Moe Quorvane", "7408004");
        agenda.move(chairs.id(), itemOf(moved, chairs), visitors.id(), "A full agenda", "casemanager");
        String atTriage = driver.raise(PathwayDriver.concernAbout("Dr Tia Quorvane", "7408005"));

        assertFinds(THE_CHAIR, "quorvane", onTheChairs);
        assertFinds(as(LAY, Roles.PANEL), "quorvane", onTheChairs, declared);
        assertFinds(as(VISITOR, Roles.PANEL), "quorvane", onTheVisitors, moved);
        assertFinds(as("casemanager-and-panel", Roles.PANEL, Roles.CASE_MANAGER), "quorvane", onTheVisitors,
                onTheChairs, declared, moved, atTriage);
        assertThat(jdbc.queryForObject("select detail from audit_event where actor = ? and action = 'SEARCHED_REGISTER'"
                + " order by id desc limit 1", String.class, CHAIR)).endsWith("of the cases open to them on the panel");
    }

    @Test
    void aMemberReadsOnlyTheRecordsOfTheirCasesPractitionersAndChangesNone() throws Exception {
        Meeting visitors = schedule.schedule(new NewMeeting(MeetingType.PAG, LocalDateTime.parse("2026-11-25T10:00"),
                "Room 2", false, List.of(new NewMember(VISITOR, MeetingRole.CHAIR, null))), "casemanager");
        fixtures.moderateCaseAtThePanel("Dr Bo Quillant", "7408006");
        Meeting chairs = fixtures.meetingAt("2026-11-25T09:00");
        String mine = fixtures.moderateCaseAtThePanel("Dr Al Quillant", "7408007");
        assertThat(visitors.id()).isNotEqualTo(chairs.id());

        Document record = html(mvc.perform(get("/practitioners/GMC/7408007").with(THE_CHAIR))
                .andExpect(status().isOk()).andReturn());
        assertThat(record.text()).contains("Dr Al Quillant", mine);
        assertThat(json(mvc.perform(get("/api/practitioners/GMC/7408007").with(THE_CHAIR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("name").asText())
                .isEqualTo("Dr Al Quillant");

        String refused = mvc.perform(get("/practitioners/GMC/7408006").with(THE_CHAIR)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/practitioners/GMC/0000000").with(THE_CHAIR)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("main").text()).isEqualTo(Jsoup.parse(unknown).select("main").text())
                .doesNotContain("Quillant");
        String refusedByApi = mvc.perform(get("/api/practitioners/GMC/7408006").with(THE_CHAIR))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknownByApi = mvc.perform(get("/api/practitioners/GMC/0000000").with(THE_CHAIR))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(refusedByApi).isEqualTo(unknownByApi);

        mvc.perform(put("/api/practitioners/GMC/7408007").with(THE_CHAIR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"vetting\": {\"level\": \"BASIC\", \"issuedOn\": \"2026-03-02\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/practitioners/GMC/7408007/vetting").with(THE_CHAIR).with(csrf()).param("level", "BASIC"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/practitioners/checks").with(THE_CHAIR)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from practitioner_record r join practitioner p"
                + " on p.id = r.practitioner_id where p.register_number = '7408007'", Long.class)).isZero();
        assertThat(jdbc.queryForList("select detail from audit_event where actor = ? and action = 'REFUSED'"
                + " and business_key = 'GMC 7408006'", String.class, CHAIR))
                .containsExactlyInAnyOrder("GET /practitioners/GMC/7408006 (404)", "GET /api/practitioners/GMC/7408006 (404)");

        mvc.perform(get("/practitioners/GMC/7408006").with(as(VISITOR, Roles.PANEL))).andExpect(status().isOk());
        mvc.perform(get("/practitioners/GMC/7408006").with(as("ro-and-panel", Roles.PANEL, Roles.RESPONSIBLE_OFFICER)))
                .andExpect(status().isOk());
    }

    /** As before meetings: a discussion held elsewhere is recorded from the case's own panel task. */
    @Test
    void aCaseAtThePanelOnNoAgendaIsInThePanelGroupsRegister() throws Exception {
        String atThePanel = fixtures.moderateCaseAtThePanel("Dr Nia Quennow", "7408008");
        driver.raise(PathwayDriver.concernAbout("Dr Tom Quennow", "7408009"));

        assertFinds(THE_CHAIR, "quennow", atThePanel);
        mvc.perform(get("/practitioners/GMC/7408008").with(THE_CHAIR)).andExpect(status().isOk());
        mvc.perform(get("/api/practitioners/GMC/7408009").with(THE_CHAIR)).andExpect(status().isNotFound());
    }

    /** The same cases, and only those, on the page, in the CSV and through the API, with totals to match. */
    private void assertFinds(RequestPostProcessor user, String word, String... keys) throws Exception {
        Document page = html(mvc.perform(get("/cases").param("q", word).with(user)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("tbody tr td:first-child > a").eachText())
                .as("the register's page").containsExactlyInAnyOrder(keys);
        assertThat(page.select("table caption").text())
                .isEqualTo("Cases 1 to " + keys.length + " of " + keys.length);

        String csv = new String(mvc.perform(get("/cases.csv").param("q", word).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).as("the CSV").hasSize(keys.length)
                .allSatisfy(line -> assertThat(Arrays.asList(keys)).contains(line.substring(0, line.indexOf(','))));

        JsonNode api = json(mvc.perform(get("/api/cases").param("q", word).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(api.get("total").asLong()).isEqualTo(keys.length);
        assertThat(api.get("cases").findValuesAsText("businessKey")).as("the API").containsExactlyInAnyOrder(keys);
    }

    private long itemOf(String key, Meeting meeting) {
        return jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ? and i.meeting_id = ?", Long.class, key, meeting.id());
    }

    private JsonNode json(String body) throws Exception {
        return mapper.readTree(body);
    }
}
