package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.documents.DocumentKind;
import org.lotuspathway.documents.NewDocument;
import org.lotuspathway.documents.SampleFiles;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A meeting's papers: one confidential PDF of the agenda, each case's summary and its panel papers. */
@PathwayTest
class MeetingPapersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    CaseDocuments documents;
    @Autowired
    JdbcTemplate jdbc;
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
    void thePapersHaveTheAgendaEachCasesSummaryAndOnlyItsPanelPapersOnNumberedConfidentialPages() throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");
        Meeting another = fixtures.meetingAt("2026-12-16T10:00");
        String key = fixtures.moderateCaseAtThePanel("Dr Papers Included", "7404001");
        String elsewhere = fixtures.moderateCaseAtThePanel("Dr Papers Elsewhere", "7404002");
        add(key, "Referral audit", DocumentKind.PANEL_PAPER, "audit.pdf", SampleFiles.pdf("Referral audit for the panel"));
        add(key, "Practitioner's reflection", DocumentKind.PANEL_PAPER, "reflection.txt",
                SampleFiles.text("I have changed how I track urgent referrals."));
        add(key, "Referral log photo", DocumentKind.PANEL_PAPER, "log.png", SampleFiles.png());
        add(key, "Practice statement", DocumentKind.PANEL_PAPER, "statement.docx", SampleFiles.docx());
        add(key, "Patient letter", DocumentKind.COMPLAINT, "letter.pdf", SampleFiles.pdf("Patient letter, not for the panel"));
        var withdrawn = add(key, "Old draft", DocumentKind.PANEL_PAPER, "draft.txt", SampleFiles.text("Withdrawn draft words"));
        documents.withdraw(key, withdrawn.id(), "Superseded", "casemanager");
        mvc.perform(post("/meetings/{id}/items/{item}/move", meeting.id(), itemOf(elsewhere)).with(caseManager())
                .with(csrf()).param("toMeeting", String.valueOf(another.id())).param("reason", "Not ready"));

        byte[] pdf = mvc.perform(get("/meetings/{id}/papers.pdf", meeting.id()).with(as(CHAIR, Roles.PANEL)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"meeting-" + meeting.id() + "-papers.pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> pages = Pdfs.pageTexts(pdf).stream().map(text -> text.replaceAll("\\s+", " ")).toList();
        assertThat(pages.get(0)).contains("Papers: PAG meeting, Wednesday 25 November 2026, 10:00", "Agenda",
                key + ": Dr Papers Included", "Chidi Panel, chair").doesNotContain(elsewhere);
        for (int page = 0; page < pages.size(); page++) {
            assertThat(pages.get(page)).contains("CONFIDENTIAL: papers for the PAG meeting, Wednesday 25 November 2026",
                    "Page " + (page + 1) + " of " + pages.size());
        }
        String all = String.join("\n", pages);
        assertThat(all).contains("Case " + key, "Moderate", "Risk score 9", "Referral delays during a locum gap",
                "Earlier panel decisions", "Wellbeing (flags only)", "Referral audit for the panel",
                "I have changed how I track urgent referrals.", "Practice statement (Word document)")
                .doesNotContain("Patient letter, not for the panel", "Withdrawn draft words", "Dr Papers Elsewhere");
        BufferedImage first = Pdfs.renderPage(pdf, 0, 50, Path.of("target", "screenshots", "meeting-papers.png"));
        assertThat(darkPixels(first)).as("the first page is not blank").isGreaterThan(500);
        assertThat(jdbc.queryForList("select actor from audit_event where business_key = ? and action = 'DOWNLOADED_PAPERS'",
                String.class, key)).containsExactly(CHAIR);
    }

    @Test
    void onlyThoseWhoMaySeeTheMeetingGetItsPapersAndItsMembersAreToldTheyAreReady() throws Exception {
        Meeting meeting = fixtures.meetingAt("2026-11-25T10:00");

        mvc.perform(get("/meetings/{id}/papers.pdf", meeting.id()).with(panelMember())).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/{id}/papers.pdf", meeting.id()).with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/api/meetings/{id}/papers.pdf", meeting.id()).with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/api/meetings/{id}/papers.pdf", meeting.id()).with(caseManager())).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        mvc.perform(post("/meetings/{id}/papers-notice", meeting.id()).with(as(CHAIR, Roles.PANEL)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/meetings/{id}/papers-notice", meeting.id()).with(caseManager()).with(csrf()))
                .andExpect(flash().attribute("message", "Told the 5 members that the papers are ready."));

        assertThat(jdbc.queryForList("select recipient_user from notification where event_key like ?", String.class,
                "papers-ready:" + meeting.id() + ":%")).containsExactlyInAnyOrder(MeetingFixtures.CHAIR,
                MeetingFixtures.ADVISER, MeetingFixtures.DELEGATE, MeetingFixtures.LAY, MeetingFixtures.SECRETARY);
    }

    private org.lotuspathway.documents.CaseDocument add(String key, String title, DocumentKind kind, String name, byte[] bytes) {
        return documents.add(key, new NewDocument(title, kind, false, name, bytes), "casemanager");
    }

    private long itemOf(String key) {
        return jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ? and i.status = 'WAITING'", Long.class, key);
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 160) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
