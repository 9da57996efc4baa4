package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.ADVISER;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.meetings.MeetingFixtures.DELEGATE;
import static org.lotuspathway.meetings.MeetingFixtures.LAY;
import static org.lotuspathway.meetings.MeetingFixtures.SECRETARY;
import static org.lotuspathway.meetings.MeetingFixtures.decided;
import static org.lotuspathway.meetings.MeetingFixtures.signedIn;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.documents.CaseDocument;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.documents.DocumentKind;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A meeting's minutes: drafted from its records, approved by its chair, each case keeping its own part (issue 19, point 7). */
@PathwayTest
class MinutesTests {

    static final RequestPostProcessor THE_CHAIR = as(CHAIR, Roles.PANEL);

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
    MeetingOutcomes outcomes;
    @Autowired
    Agenda agenda;
    @Autowired
    CaseDocuments documents;
    @Autowired
    AuditEventRepository audit;
    MeetingFixtures fixtures;

    @AfterEach
    void noMeetingsLeft() {
        fixtures.noMeetingsLeft();
    }

    @BeforeEach
    void noMeetingsYet(@Autowired StaffDirectory staff) {
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff, declarations);
        fixtures.freshStart();
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
    }

    @Test
    void theChairApprovesTheDraftAndEachCaseKeepsOnlyItsOwnPart() throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        String discussed = fixtures.moderateCaseAtThePanel("Dr Minuted Decision", "7407001");
        String carried = fixtures.moderateCaseAtThePanel("Dr Minuted Carried", "7407002");
        declarations.declare(signedIn(SECRETARY, Roles.PANEL), meeting.id(), itemOf(discussed), true, "Trained together");
        mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(THE_CHAIR).with(csrf()))
                .andExpect(flash().attribute("problem", "The minutes can be approved once the meeting has taken place."));

        TestClock.stopAt(TestClock.uk("2026-11-25T12:00"));
        outcomes.record(signedIn(CHAIR, Roles.PANEL), meeting.id(), itemOf(discussed),
                decided("MONITOR", CHAIR, ADVISER, DELEGATE, LAY));
        mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(THE_CHAIR).with(csrf()))
                .andExpect(flash().attribute("problem", "Record or carry over every case on the agenda first."));
        agenda.carryOver(meeting.id(), itemOf(carried), "The meeting ran out of time", CHAIR);

        String draft = text(mvc.perform(get("/meetings/{id}/minutes.pdf", meeting.id()).with(caseManager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"meeting-" + meeting.id() + "-minutes.pdf\""))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(draft).contains("Minutes: PAG meeting, Wednesday 25 November 2026, 10:00", "Draft: not yet approved",
                "Chidi Panel, chair", "Sam Panel, secretary (not present; the chair confirms apologies)",
                "Case " + discussed + ": Dr Minuted Decision", "Sam Panel, secretary: Trained together. Took no part in this case.",
                "Monitor", "Insight shown; a plan agreed.",
                "Case " + carried + ": Dr Minuted Carried", "Not reached: carried over: The meeting ran out of time",
                "CONFIDENTIAL: minutes of the PAG meeting");
        String secretarysCopy = text(mvc.perform(get("/meetings/{id}/minutes.pdf", meeting.id()).with(as(SECRETARY, Roles.PANEL)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(secretarysCopy).contains("Withheld from you: you declared an interest in this case.")
                .doesNotContain("Insight shown; a plan agreed.");

        mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(as(SECRETARY, Roles.PANEL)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(THE_CHAIR).with(csrf()).param("apologies", ADVISER))
                .andExpect(flash().attribute("problem", "Choose apologies only from the members who were not present"));
        assertThat(documents.of(discussed)).noneMatch(d -> d.kind() == DocumentKind.MINUTES);

        mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(THE_CHAIR).with(csrf()).param("apologies", SECRETARY))
                .andExpect(flash().attribute("message", "The minutes are approved. Each of the 2 cases keeps its part with its documents."));

        String discussedPart = minutesKeptWith(discussed);
        assertThat(discussedPart).contains("Approved by Chidi Panel, chair, on 25 November 2026", discussed,
                "Insight shown; a plan agreed.", "Trained together").doesNotContain(carried, "Dr Minuted Carried");
        assertThat(minutesKeptWith(carried)).contains(carried, "The meeting ran out of time")
                .doesNotContain(discussed, "Dr Minuted Decision", "Trained together");
        String approved = text(mvc.perform(get("/api/meetings/{id}/minutes.pdf", meeting.id()).with(caseManager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(approved).contains("Approved by Chidi Panel, chair, on 25 November 2026", "Apologies Sam Panel, secretary")
                .doesNotContain("Draft", "not present; the chair confirms");
        mvc.perform(post("/meetings/{id}/minutes/approval", meeting.id()).with(THE_CHAIR).with(csrf()))
                .andExpect(flash().attribute("problem", "The minutes were approved already: Approved by Chidi Panel,"
                        + " chair, on 25 November 2026."));
        assertThat(documents.of(discussed)).filteredOn(d -> d.kind() == DocumentKind.MINUTES).hasSize(1);

        mvc.perform(get("/meetings/{id}/minutes.pdf", meeting.id()).with(as("panelvisitor", Roles.PANEL)))
                .andExpect(status().isNotFound());
        assertThat(audit.findByBusinessKeyOrderByIdAsc(discussed)).extracting(AuditEvent::actor, AuditEvent::action)
                .contains(org.assertj.core.groups.Tuple.tuple("casemanager", AuditAction.READ_MINUTES),
                        org.assertj.core.groups.Tuple.tuple(CHAIR, AuditAction.APPROVED_MINUTES))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(SECRETARY, AuditAction.READ_MINUTES));
    }

    private String minutesKeptWith(String key) {
        List<CaseDocument> kept = documents.of(key).stream().filter(d -> d.kind() == DocumentKind.MINUTES).toList();
        assertThat(kept).singleElement().satisfies(d -> assertThat(d.shareable()).isFalse());
        return text(documents.download(key, kept.get(0).id()).bytes());
    }

    private long itemOf(String key) {
        return jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ? and i.status = 'WAITING'", Long.class, key);
    }

    private static String text(byte[] pdf) {
        return String.join(" ", Pdfs.pageTexts(pdf)).replaceAll("\\s+", " ");
    }
}
