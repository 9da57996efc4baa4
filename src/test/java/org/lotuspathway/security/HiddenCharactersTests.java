package org.lotuspathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.documents.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text a reader's screen would turn round ("‮fdp.exe" shown as "exe.pdf") or characters nobody
 * types are refused in every free-text door, with a message, and nothing is kept (found by the
 * outside attack on issue 16's and 19's doors).
 */
@PathwayTest
class HiddenCharactersTests {

    static final String TURNED_ROUND = "Invoice \u202Efdp.exe";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    CaseDocuments documents;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ConcernRepository concerns;

    @Test
    void whatPeopleTypeIsAllowedAndWhatTheyCannotSeeIsNot() {
        assertThat(HiddenCharacters.in("Line one\nLine two\twith a tab, Gwynedd ŵ, مرحبا, 你好")).isFalse();
        assertThat(HiddenCharacters.in(TURNED_ROUND)).isTrue();
        assertThat(HiddenCharacters.in("A bell \u0007")).isTrue();
        assertThat(HiddenCharacters.in("Isolated \u2067text\u2069")).isTrue();
        // what people type in other scripts, or paste without knowing, is not refused: it cannot turn text round
        for (String allowed : new String[] {"\u05E9\u05DC\u05D5\u05DD\u200F 12", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
                "\u0E2A\u0E27\u0E31\u0E2A\u200B\u0E14\u0E35", "\uFEFFPasted", "A family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"}) {
            assertThat(HiddenCharacters.in(allowed)).as(allowed).isFalse();
        }
        assertThat(HiddenCharacters.nothingVisible("\u00A0\u3000\u2800 \n")).isTrue();
        assertThat(HiddenCharacters.nothingVisible(" a ")).isFalse();
        // found by the second outside attack: marks with nothing to sit on, selectors, private and unassigned characters
        for (String blank : new String[] {"\u034F", "\u17B4\u17B5", "\uFE0F", "\u0301", "\uFFFC", "\uE000", "\uFDD0",
                "\uDB40\uDD00", "\u180B"}) {
            assertThat(HiddenCharacters.nothingVisible(blank)).as("U+%04X", blank.codePointAt(0)).isTrue();
        }
        assertThat(HiddenCharacters.nothingVisible("e\u0301")).isFalse();
        assertThat(HiddenCharacters.nothingVisible("\uD83D\uDE00")).as("an emoji shows").isFalse();
    }

    @Test
    void everyFreeTextDoorRefusesThemAndKeepsNothing() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        String triage = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        String taskPage = html(mvc.perform(post("/tasks/{id}", triage).with(caseManager()).with(csrf())
                .param("likelihood", "3").param("impact", "3").param("insight", "FULL").param("triageNotes", TURNED_ROUND))
                .andExpect(status().isBadRequest()).andReturn()).select(".nhsuk-error-summary").text();
        assertThat(taskPage).contains("has hidden characters (control characters or text direction changes)");
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId()).isEqualTo(triage);

        long notesBefore = jdbc.queryForObject("select count(*) from case_note", Long.class);
        mvc.perform(post("/cases/{key}/notes", key).with(caseManager()).with(csrf()).param("note", TURNED_ROUND))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from case_note", Long.class)).isEqualTo(notesBefore);

        mvc.perform(multipart("/api/cases/{key}/documents", key)
                        .file(new MockMultipartFile("file", "plan.txt", "text/plain", SampleFiles.text("A plan")))
                        .param("title", TURNED_ROUND).param("kind", "OTHER").with(caseManager()))
                .andExpect(status().isBadRequest());
        assertThat(documents.of(key)).isEmpty();

        mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                        .param("kind", "COMMENT").param("message", "Please call \u001B[31m now"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/portal/record/GMC/7000001/contact").with(practitioner()).with(csrf())
                        .param("bestTimes", "After \u202E5pm"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/portal/record/GMC/7000001/contact").with(practitioner()).with(csrf())
                        .param("email", "\"><svg/onload=alert(1)>@x.yz"))
                .andExpect(status().isBadRequest());

        long before = concerns.count();
        mvc.perform(post("/api/concerns").with(caseManager()).contentType(MediaType.APPLICATION_JSON).content("""
                {"practitioner": {"name": "Dr Ann Example", "profession": "GP", "register": "GMC", "registerNumber": "7000001"},
                 "source": "PATIENT", "concernAreas": ["CLINICAL"], "summary": "Records \\u202Ealtered",
                 "receivedOn": "2026-11-17"}""")).andExpect(status().isBadRequest());
        assertThat(concerns.count()).isEqualTo(before);
    }
}
