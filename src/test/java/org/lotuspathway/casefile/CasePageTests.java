package org.lotuspathway.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, point 5: the case page's timeline left "Who" blank on every "Done" row, showed some
 * dates as 2026-12-04, did not link the letters sent, showed only part of the triage, and had
 * nowhere for the team to write a note. (The diagram's readable size is checked in the browser,
 * WorkspaceBrowserTests.)
 */
@PathwayTest
class CasePageTests {

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    AuditEventRepository audit;

    @Test
    void everyTimelineRowSaysWhoAndEveryDateIsInWords() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Whole Story", "7363601"));
        // through the task page, claimed and completed in one command, as the team does it
        mvc.perform(post("/tasks/{id}", driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId()).with(caseManager())
                .with(csrf()).param("likelihood", "5").param("impact", "5").param("insight", "PARTIAL")
                .param("contextFactors", "TEAM").param("contextNotes", "A new team.").param("triageNotes", "High risk."))
                .andExpect(redirectedUrl("/tasks"));
        driver.complete(key, ConcernPathway.TASK_CONSIDER_INTERIM_ACTION, "interim-action", "ro",
                Map.of("interimAction", "NONE", "interimReasons", "Supervised.", "practitionerToldOn", driver.today().toString()));

        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andExpect(status().isOk()).andReturn());
        var rows = page.select("tr.lotus-timeline-entry");
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.select(".lotus-timeline-who").text())
                .as(row.text()).isNotBlank());
        assertThat(who(page, "Done: Triage the concern")).isEqualTo("Cara Manager");
        assertThat(who(page, "Done: Consider interim action")).isEqualTo("Robert Officer");
        assertThat(who(page, "Stratify the risk")).isEqualTo("The pathway, by itself");
        assertThat(who(page, "Waiting: Record the PAG/PSG discussion")).isEqualTo("Waiting for PAG/PSG members");
        assertThat(ISO_DATE.matcher(page.select("main").text()).find()).as("no date as 2026-12-04").isFalse();
        assertThat(page.select("#triage ~ dl.lotus-triage").text()).contains("Some insight", "Team relationships. A new team.",
                "No concern recorded", "High: Urgent panel");
    }

    @Test
    void eachLetterSentIsLinkedAsTheyReadIt() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Letter Linked", "7363602"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "MONITOR");
        driver.sendUpdate(key);
        String other = driver.raise(PathwayDriver.concernAbout("Dr Letter Other", "7363603"));

        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        Element link = page.select("a[href^=/cases/" + key + "/letters/]").first();
        assertThat(link).isNotNull();
        String letter = link.attr("href");
        Document sent = html(mvc.perform(get(letter).with(caseManager())).andExpect(status().isOk()).andReturn());
        assertThat(sent.select("article.lotus-letter").text()).contains("Dear Dr Linked");
        mvc.perform(get(letter + "/letter.pdf").with(caseManager())).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(letter.replace(key, other)).with(caseManager())).andExpect(status().isNotFound());
        mvc.perform(get(letter).with(practitioner())).andExpect(status().isForbidden());
        assertThat(audit.findByActorOrderByIdAsc("casemanager")).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo(AuditAction.READ_LETTER);
            assertThat(line.businessKey()).hasValue(key);
        });
    }

    @Test
    void theTeamWritesCaseNotesThePractitionerNeverSees() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));

        mvc.perform(post("/cases/{key}/notes", key).with(caseManager()).with(csrf())
                        .param("note", "Spoke to the practice manager.\nRecords arrive Friday."))
                .andExpect(redirectedUrl("/cases/" + key + "#notes"));
        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn());
        assertThat(page.select(".lotus-case-note").text()).contains("Cara Manager",
                "Spoke to the practice manager. Records arrive Friday.");
        assertThat(page.select("tr.lotus-timeline-entry").text()).contains("Case note");
        assertThat(audit.findByActorOrderByIdAsc("casemanager")).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo(AuditAction.WROTE_CASE_NOTE);
            assertThat(line.businessKey()).hasValue(key);
            assertThat(line.detail()).hasValueSatisfying(detail -> assertThat(detail).doesNotContain("practice manager"));
        });

        assertThat(html(mvc.perform(get("/portal/cases/{key}", key).with(practitioner())).andReturn()).text())
                .doesNotContain("practice manager");
        assertThat(mvc.perform(get("/api/concerns/{key}", key).with(practitioner())).andReturn().getResponse()
                .getContentAsString()).doesNotContain("practice manager");

        Document empty = html(mvc.perform(post("/cases/{key}/notes", key).with(caseManager()).with(csrf()).param("note", "  "))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(empty.select("#note-error").text()).isEqualTo("Error: Write the note");
        Document tooLong = html(mvc.perform(post("/cases/{key}/notes", key).with(caseManager()).with(csrf())
                .param("note", "x".repeat(4001))).andExpect(status().isBadRequest()).andReturn());
        assertThat(tooLong.select("#note").text()).as("kept").hasSize(4001);
        mvc.perform(post("/cases/{key}/notes", key).with(as("lead", Roles.LEAD)).with(csrf()).param("note", "A lead's note"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{key}/notes", key).with(practitioner()).with(csrf()).param("note", "Mine"))
                .andExpect(status().isForbidden());
        assertThat(html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn())
                .select(".lotus-case-note")).hasSize(1);
    }

    private static String who(Document page, String what) {
        return page.select("tr.lotus-timeline-entry").stream().filter(row -> row.select("td").get(1).text().startsWith(what))
                .findFirst().map(row -> row.select(".lotus-timeline-who").text()).orElse("(no row " + what + ")");
    }
}
