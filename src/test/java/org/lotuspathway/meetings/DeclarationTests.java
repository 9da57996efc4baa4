package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lotuspathway.meetings.MeetingFixtures.ADVISER;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.meetings.MeetingFixtures.DELEGATE;
import static org.lotuspathway.meetings.MeetingFixtures.LAY;
import static org.lotuspathway.meetings.MeetingFixtures.SECRETARY;
import static org.lotuspathway.meetings.MeetingFixtures.decided;
import static org.lotuspathway.meetings.MeetingFixtures.signedIn;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19, point 5: a member who declares an interest in a case gets 403 on its papers, finds it
 * withheld from the meeting's pack, cannot record its outcome or be counted present for it, and
 * the record of the discussion says they took no part; the quorum is checked after conflicts.
 */
@PathwayTest
class DeclarationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    MeetingOutcomes outcomes;
    @Autowired
    PanelDiscussions panel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    MeetingFixtures fixtures;
    Meeting meeting;
    String conflicted;
    String clear;

    @AfterEach
    void noMeetingsLeft() {
        fixtures.noMeetingsLeft();
    }

    @BeforeEach
    void aMeetingWithTwoCases(@Autowired StaffDirectory staff, @Autowired Declarations declarations) {
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff, declarations);
        fixtures.freshStart();
        TestClock.stopAt(TestClock.uk("2026-11-18T10:00"));
        meeting = fixtures.meetingAt("2026-11-25T10:00");
        conflicted = fixtures.moderateCaseAtThePanel("Dr Lay Member's Neighbour", "7406001");
        clear = fixtures.moderateCaseAtThePanel("Dr Nobody Knows", "7406002");
    }

    @Test
    void aMemberWithAnInterestGets403OnThatCasesPapersAndFindsItWithheldFromThePack() throws Exception {
        mvc.perform(post("/meetings/{id}/items/{item}/declaration", meeting.id(), itemOf(conflicted))
                        .with(as(LAY, Roles.PANEL)).with(csrf()).param("interest", "yes").param("detail", ""))
                .andExpect(flash().attribute("problem", "Say what the interest is"));
        mvc.perform(post("/meetings/{id}/items/{item}/declaration", meeting.id(), itemOf(conflicted))
                        .with(as(LAY, Roles.PANEL)).with(csrf()).param("interest", "yes")
                        .param("detail", "The practitioner is my neighbour"))
                .andExpect(flash().attribute("message", "Your interest is declared: you take no part in this case."));
        mvc.perform(post("/meetings/{id}/items/{item}/declaration", meeting.id(), itemOf(conflicted))
                .with(as("pag", Roles.PANEL)).with(csrf()).param("interest", "no")).andExpect(status().isNotFound());

        mvc.perform(get("/meetings/{id}/items/{item}/papers.pdf", meeting.id(), itemOf(conflicted)).with(as(LAY, Roles.PANEL)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/meetings/{id}/items/{item}/papers.pdf", meeting.id(), itemOf(conflicted))
                .with(as(LAY, Roles.PANEL))).andExpect(status().isForbidden());
        mvc.perform(get("/meetings/{id}/items/{item}/papers.pdf", meeting.id(), itemOf(clear)).with(as(LAY, Roles.PANEL)))
                .andExpect(status().isOk());
        String othersCopy = Pdfs.text(mvc.perform(get("/meetings/{id}/items/{item}/papers.pdf", meeting.id(),
                itemOf(conflicted)).with(as(ADVISER, Roles.PANEL))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(othersCopy).contains("Case " + conflicted);

        String pack = Pdfs.text(mvc.perform(get("/meetings/{id}/papers.pdf", meeting.id()).with(as(LAY, Roles.PANEL)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
        assertThat(pack).contains("Its papers are withheld from you: you declared an interest in it.", "Case " + clear + ":")
                .doesNotContain("GMC 7406001");
        assertThat(pack.split("Case " + conflicted, -1)).as("named once, on the agenda only").hasSize(2);
        var page = html(mvc.perform(get("/meetings/{id}", meeting.id()).with(as(CHAIR, Roles.PANEL))).andReturn());
        assertThat(page.select(".lotus-interests").text()).isEqualTo("Declared interests: Lara Panel: The practitioner is my neighbour");
        assertThat(jdbc.queryForList("select actor from audit_event where business_key = ? and action = 'DOWNLOADED_PAPERS'",
                String.class, conflicted)).doesNotContain(LAY).contains(ADVISER);
    }

    @Test
    void theQuorumIsCheckedAfterConflictsAndTheRecordSaysWhoTookNoPart() {
        schedule.addMember(meeting.id(), new NewMember("pag", MeetingRole.LRC_NOMINEE, null), "casemanager");
        transaction.executeWithoutResult(s -> fixtures.declarations().declare(signedIn(LAY, Roles.PANEL), meeting.id(),
                itemOf(conflicted), true, "The practitioner is my neighbour"));
        transaction.executeWithoutResult(s -> fixtures.declarations().declare(signedIn(CHAIR, Roles.PANEL), meeting.id(),
                itemOf(clear), true, "I trained the practitioner"));
        TestClock.stopAt(TestClock.uk("2026-11-25T12:00"));

        assertThatThrownBy(() -> outcomes.record(signedIn(CHAIR, Roles.PANEL), meeting.id(), itemOf(clear),
                decided("MONITOR", ADVISER, DELEGATE, LAY, "pag"))).isInstanceOf(Declarations.DeclaredInterest.class);
        assertThatThrownBy(() -> outcomes.record(signedIn(SECRETARY, Roles.PANEL), meeting.id(), itemOf(conflicted),
                decided("MONITOR", CHAIR, ADVISER, DELEGATE, LAY, SECRETARY)))
                .isInstanceOfSatisfying(InvalidSubmission.class, refusal -> assertThat(refusal.errors().values())
                        .anySatisfy(problem -> assertThat(problem).contains("Lara Panel declared an interest in this case")));
        assertThatThrownBy(() -> outcomes.record(signedIn(SECRETARY, Roles.PANEL), meeting.id(), itemOf(conflicted),
                decided("MONITOR", CHAIR, ADVISER, DELEGATE, SECRETARY)))
                .isInstanceOfSatisfying(InvalidSubmission.class, refusal -> assertThat(refusal.errors().values())
                        .anySatisfy(problem -> assertThat(problem).contains("Present: 3")));

        outcomes.record(signedIn(SECRETARY, Roles.PANEL), meeting.id(), itemOf(conflicted),
                decided("MONITOR", CHAIR, ADVISER, DELEGATE, "pag", SECRETARY));

        String attendees = transaction.execute(s -> panel.latest(conflicted).orElseThrow().attendees());
        assertThat(attendees)
                .endsWith("Declared an interest and took no part: Lara Panel, lay member");
    }

    /** Found by the outside attack: the chair with an interest opened its outcome form and carried it over. */
    @Test
    void theChairWithAnInterestNeitherOpensTheCasesOutcomeFormNorCarriesItOver() throws Exception {
        long item = itemOf(conflicted);
        transaction.executeWithoutResult(s -> fixtures.declarations().declare(signedIn(CHAIR, Roles.PANEL), meeting.id(),
                item, true, "I trained the practitioner"));

        mvc.perform(get("/meetings/{id}/items/{item}", meeting.id(), item).with(as(CHAIR, Roles.PANEL)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/items/{item}/carry-over", meeting.id(), item).with(as(CHAIR, Roles.PANEL))
                .with(csrf()).param("reason", "Not reached")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from agenda_item where id = ?", String.class, item))
                .isEqualTo("WAITING");
        mvc.perform(get("/meetings/{id}/items/{item}", meeting.id(), itemOf(clear)).with(as(CHAIR, Roles.PANEL)))
                .andExpect(status().isOk());
        mvc.perform(get("/meetings/{id}/items/{item}", meeting.id(), item).with(as(SECRETARY, Roles.PANEL)))
                .andExpect(status().isOk());
    }

    private long itemOf(String key) {
        return jdbc.queryForObject("select i.id from agenda_item i join concern c on c.id = i.concern_id"
                + " where c.business_key = ? and i.status = 'WAITING'", Long.class, key);
    }
}
