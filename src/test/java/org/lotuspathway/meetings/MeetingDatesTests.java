package org.lotuspathway.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.meetings.MeetingFixtures.CHAIR;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's start beyond the years anyone means (a slip of the keyboard, or a probe) is refused
 * with the field and nothing is scheduled, through the API and the page, for one meeting or a series.
 */
@PathwayTest
class MeetingDatesTests {

    static final String ASK = "Enter dates from the year 2000 to 2100";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    MeetingFixtures fixtures;

    @BeforeEach
    void panelMembers(@Autowired MeetingSchedule schedule, @Autowired PathwayDriver driver,
            @Autowired StaffDirectory staff) {
        fixtures = new MeetingFixtures(schedule, driver, jdbc, staff);
        fixtures.freshStart();
    }

    @AfterEach
    void noMeetingsLeft() {
        fixtures.noMeetingsLeft();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-01", "9999-12-31", "2100-12-31"})
    void aStartBeyondTheYearsIsRefusedByTheApiForOneMeetingOrASeries(String day) throws Exception {
        String meeting = """
                {"type": "PAG", "startsAt": "%sT10:00:00", "place": "Room 4",
                 "members": [{"username": "%s", "role": "CHAIR"}]""".formatted(day, CHAIR);

        if (!day.startsWith("2100")) {
            mvc.perform(post("/api/meetings").with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                            .content(meeting + "}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.startsAt").value(ASK));
        }
        mvc.perform(post("/api/meetings/series").with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                        .content(meeting + ", \"meetings\": 3}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.startsAt").value(ASK));

        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isZero();
    }

    @org.junit.jupiter.api.Test
    void aTimeTheClocksSkipIsRefusedForOneMeetingAndForASeriesThatMeetsIt() throws Exception {
        String skipped = "There is no 01:30 on 2027-03-28 in the UK: the clocks go forward an hour. Choose another time";
        String meeting = """
                {"type": "PAG", "startsAt": "%s", "place": "Room 4", "members": [{"username": "%s", "role": "CHAIR"}]""";

        mvc.perform(post("/api/meetings").with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                        .content(meeting.formatted("2027-03-28T01:30:00", CHAIR) + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.startsAt").value(skipped));
        // the last Sunday of January, then of February, then of March: the third falls in the gap
        mvc.perform(post("/api/meetings/series").with(caseManager()).contentType(MediaType.APPLICATION_JSON)
                        .content(meeting.formatted("2027-01-31T01:30:00", CHAIR) + ", \"meetings\": 3}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.startsAt").value(skipped));

        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    void aStartBeyondTheYearsIsRefusedOnThePage(String series) throws Exception {
        Document page = html(mvc.perform(post("/meetings").with(caseManager()).with(csrf())
                        .param("type", "PAG").param("date", "+999999999-11-30").param("time", "10:00")
                        .param("place", "Room 9").param("memberUsername", CHAIR).param("memberRole", "CHAIR")
                        .param("series", series).param("seriesMeetings", "3"))
                .andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#error-summary li").eachText()).containsExactly(ASK);
        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isZero();
    }

    @Test
    void aDateTypedDayFirstAsTheProblemShowsItIsRead() throws Exception {
        mvc.perform(post("/meetings").with(caseManager()).with(csrf()).param("type", "PAG").param("date", "12/01/2031")
                        .param("time", "10:00").param("place", "Room 9").param("memberUsername", CHAIR)
                        .param("memberRole", "CHAIR"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isEqualTo(1);
    }

    @Test
    void theProblemsAreListedInTheOrderOfTheQuestions() throws Exception {
        Document page = html(mvc.perform(post("/meetings").with(caseManager()).with(csrf())
                        .param("date", "next Tuesday").param("time", "10:00").param("memberUsername", CHAIR)
                        .param("memberRole", "CHAIR"))
                .andExpect(status().isBadRequest()).andReturn());

        // found by the crawl: the date's problem came first, above the group asked before it
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#type", "#startsAt", "#place");
    }
}
