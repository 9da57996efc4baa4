package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.panelMember;
import static org.lotuspathway.support.Pages.practitioner;
import static org.lotuspathway.support.Pages.refusedForWantOfCsrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditEvent;
import org.lotuspathway.audit.AuditEventRepository;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Beside the update's form: the greeting, the reading age and what raises it, the panel's words as
 * suggestions flagged where they speak about the practitioner or run long; the draft previewed as a
 * PDF and checked again as the case manager types, with nothing kept or sent.
 */
@PathwayTest
class LetterDraftTests {

    static final String LONG_AND_ABOUT_HER = "The panel noted that she had been under considerable pressure following "
            + "the departure of two partners and the subsequent reorganisation of the practice's referral procedures.";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    AuditEventRepository audit;

    String key;
    String taskId;

    @BeforeEach
    void aPanelHasDecided() {
        key = driver.raise(PathwayDriver.concernAbout("Dr Dee Draft", "7700001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag", Map.of(
                "decision", "MONITOR", "meetingDate", driver.today().toString(),
                "concernsConsidered", "Two referrals that were sent late.",
                "reasons", LONG_AND_ABOUT_HER, "nextSteps", "Dr Draft will meet her appraiser in January."));
        taskId = driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId();
    }

    @Test
    void thePanelsWordsAreOfferedAsSuggestionsFlaggedWhereTheySpeakAboutThemOrRunLong() throws Exception {
        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("textarea[name=concernsConsidered]").text()).isEqualTo("Two referrals that were sent late.");
        assertThat(page.select("textarea[name=nextSteps]").text()).isEqualTo("You will meet your appraiser in January.");
        assertThat(page.select("textarea[name=reasons]").text()).as("left for the case manager to write").isEmpty();

        String reasons = page.select(".lotus-panel-text:contains(Why the panel decided this)").text();
        assertThat(reasons).contains("Rewrite before use", "The panel wrote: " + LONG_AND_ABOUT_HER,
                "Speaks about the practitioner: she", "More than 20 words: The panel noted that you had been");
        assertThat(page.select(".lotus-panel-text:contains(What happens next)").text())
                .contains("In the draft", "Speaks about the practitioner: Dr Draft, her",
                        "Said to them: You will meet your appraiser in January.");
        assertThat(page.select(".lotus-salutation").text()).isEqualTo("Dear Dr Draft,");
        assertThat(page.select(".lotus-letter-check").text()).contains("Check and confirm the name");
    }

    @Test
    void theReadingAgeOfTheDraftIsShownWithWhatRaisesIt() throws Exception {
        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andReturn());

        assertThat(page.select(".lotus-reading-age-value").text()).matches("\\d+\\.\\d");
        assertThat(page.select(".lotus-reading-age").text()).contains("aim for 11 or under");
        assertThat(page.select("script[src=/letters/draft-check.js]")).hasSize(1);
        assertThat(page.select("button[formaction=/tasks/" + taskId + "/letter-preview][form=task-form]")).hasSize(1);
    }

    @Test
    void theCheckMeasuresTheFormAsItStandsAndSaysWhatToChange() throws Exception {
        String dense = "Notwithstanding the aforementioned considerations, Dr Draft's organisational responsibilities "
                + "necessitate comprehensive multidisciplinary evaluation of professional accountability and the "
                + "demonstration of sustained improvement.";
        mvc.perform(withTheDraft(post("/tasks/{id}/letter-check", taskId), Map.of("reasons", dense,
                        "concernsConsidered", dense, "outcome", dense, "nextSteps", dense)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.onTarget").value(false))
                .andExpect(jsonPath("$.longSentences[0]").value(org.hamcrest.Matchers.startsWith("Notwithstanding")))
                .andExpect(jsonPath("$.longWords").value(org.hamcrest.Matchers.hasItem("multidisciplinary")))
                .andExpect(jsonPath("$.thirdPerson[*].field").value(org.hamcrest.Matchers.hasItem("Why the panel decided this")))
                .andExpect(jsonPath("$.thirdPerson[0].words[0]").value("Dr Draft"));

        mvc.perform(withTheDraft(post("/tasks/{id}/letter-check", taskId), Map.of("reasons", "You kept good notes.")))
                .andExpect(jsonPath("$.onTarget").value(true))
                .andExpect(jsonPath("$.target").value(11.0))
                .andExpect(jsonPath("$.longSentences").isEmpty())
                .andExpect(jsonPath("$.thirdPerson").isEmpty());
    }

    @Test
    void theDraftIsPreviewedAsThePdfItWouldBeAndNothingIsKeptOrSent() throws Exception {
        long lettersBefore = updates.count();

        byte[] pdf = mvc.perform(withTheDraft(post("/tasks/{id}/letter-preview", taskId),
                        Map.of("reasons", "You kept good notes, and the panel saw that.")))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Dear Dr Draft,", "Update after the panel on 18 November 2026",
                "You kept good notes, and the panel saw that.", "Page 1 of");
        assertThat(updates.count()).isEqualTo(lettersBefore);
        assertThat(driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId()).isEqualTo(taskId);
        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).extracting(AuditEvent::action)
                .contains(AuditAction.PREVIEWED_LETTER);
    }

    @Test
    void aHalfWrittenDraftStillPreviews() throws Exception {
        mvc.perform(post("/tasks/{id}/letter-preview", taskId).with(caseManager()).with(csrf())
                        .param("meetingDate", "not a date").param("outcome", "We are still writing this."))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    /** 880,000 characters took ten seconds to print, and the check sent back 800 KB; each is refused at once. */
    @Test
    void aDraftLongerThanItsFormAllowsIsNeitherPrintedNorChecked() throws Exception {
        long previewed = previews();
        String tooLong = "You kept good notes. ".repeat(200_000 / 21 + 1);

        mvc.perform(withTheDraft(post("/tasks/{id}/letter-preview", taskId), Map.of("reasons", tooLong)))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("Nothing was written: Why the panel decided this must be 4000 characters or fewer."));
        mvc.perform(withTheDraft(post("/tasks/{id}/letter-check", taskId), Map.of("reasons", "x".repeat(4001),
                        "namedContact", "y".repeat(201))))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "must be 4000 characters or fewer; Your named contact must be 200 characters or fewer.")));
        mvc.perform(withTheDraft(post("/tasks/{id}/letter-check", taskId), Map.of("reasons", "x".repeat(4000))))
                .andExpect(status().isOk());

        assertThat(previews()).isEqualTo(previewed);
    }

    private long previews() {
        return audit.findByBusinessKeyOrderByIdAsc(key).stream()
                .filter(line -> line.action() == AuditAction.PREVIEWED_LETTER).count();
    }

    @Test
    void onlyThoseWhoMayOpenTheTaskSeeItsDraftAndNeverWithoutTheCsrfToken() throws Exception {
        mvc.perform(withTheDraft(post("/tasks/{id}/letter-preview", taskId), Map.of(), practitioner()))
                .andExpect(status().isForbidden());
        mvc.perform(withTheDraft(post("/tasks/{id}/letter-check", taskId), Map.of(), panelMember()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/{id}/letter-preview", taskId).with(caseManager()))
                .andExpect(refusedForWantOfCsrf());
        mvc.perform(post("/tasks/{id}/letter-preview", "no-such-task").with(caseManager()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(audit.findByBusinessKeyOrderByIdAsc(key)).filteredOn(e -> e.action() == AuditAction.REFUSED)
                .extracting(AuditEvent::actor).contains("pag");
    }

    @Test
    void aTaskThatWritesNoLetterHasNoPreview() throws Exception {
        String other = driver.raise(PathwayDriver.concernAbout("Dr Not Yet", "7700002"));
        String triage = driver.task(other, ConcernPathway.TASK_TRIAGE_CONCERN).getId();

        mvc.perform(post("/tasks/{id}/letter-preview", triage).with(caseManager()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theClosingLettersTaskPreviewsTooWithItsDate() throws Exception {
        String closing = driver.raise(PathwayDriver.concernAbout("Dr Cee Closing", "7700003"));
        driver.triageAs(closing, 3, 3);
        driver.complete(closing, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(closing, "NO_FURTHER_ACTION");
        driver.sendUpdate(closing);
        driver.complete(closing, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing", Map.of("outcome", "WELL"));
        driver.complete(closing, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of());
        String closeTask = driver.task(closing, ConcernPathway.TASK_CLOSE_CASE).getId();

        Document page = html(mvc.perform(get("/tasks/{id}", closeTask).with(caseManager())).andReturn());
        assertThat(page.select("textarea[name=finalMessage]").text()).contains("The outcome: the panel decided that "
                + "no further action is needed.");
        byte[] pdf = mvc.perform(post("/tasks/{id}/letter-preview", closeTask).with(as("casemanager", "casemanager"))
                        .with(csrf()).param("closedOn", driver.today().toString())
                        .param("finalMessage", page.select("textarea[name=finalMessage]").text())
                        .param("namedContact", "Cara Manager, case manager"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains("Your case is closed",
                "We closed your case on 18 November 2026.", "no further action is needed");
    }

    /** The update's form as drafted, changed where the test says, posted as the case manager. */
    private MockHttpServletRequestBuilder withTheDraft(MockHttpServletRequestBuilder request, Map<String, String> changes)
            throws Exception {
        return withTheDraft(request, changes, caseManager());
    }

    private MockHttpServletRequestBuilder withTheDraft(MockHttpServletRequestBuilder request, Map<String, String> changes,
            org.springframework.test.web.servlet.request.RequestPostProcessor person) throws Exception {
        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andReturn());
        page.select("#task-form textarea").forEach(t -> request.param(t.attr("name"),
                changes.getOrDefault(t.attr("name"), t.wholeText())));
        page.select("#task-form input[type=text], #task-form input[type=date]").forEach(i -> request.param(i.attr("name"),
                changes.getOrDefault(i.attr("name"), i.val())));
        return request.with(person).with(csrf());
    }
}
