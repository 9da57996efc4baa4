package org.lotuspathway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;


import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.Pdfs;
import org.lotuspathway.updates.PractitionerUpdate;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The practitioner's portal: their own case, their letters, their replies, and support. A second
 * practitioner reaches none of it, and learns nothing from trying.
 */
@PathwayTest
class PortalTests {

    static final String TRIAGE_NOTES = "Internal: the practice manager doubts the practitioner's account.";
    static final String ATTENDEES = "Chair Jo Bloggs, GP adviser Sam Adviser";

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    PractitionerResponseRepository responses;

    String key;
    PractitionerUpdate letter;

    /** A case about the demo practitioner (GMC 7000001), after a panel and its update. */
    @BeforeEach
    void aCaseWithALetter() {
        key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.complete(key, ConcernPathway.TASK_TRIAGE_CONCERN, "triage-concern", "casemanager",
                Map.of("likelihood", "3", "impact", "3", "insight", "FULL", "triageNotes", TRIAGE_NOTES));
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag",
                Map.of("decision", "LOCAL_REMEDIATION", "meetingDate", driver.today().toString(), "attendees", ATTENDEES));
        driver.complete(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "practitioner-update", "casemanager",
                Map.of("outcome", "The panel would like to agree a plan of support with you.",
                        "namedContact", "Cara Manager, case manager, casemanager@lotuspathway.example"));
        letter = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0);
    }

    @Test
    void thePractitionerSeesTheirCaseInPlainWords() throws Exception {
        Document home = html(mvc.perform(get("/portal").with(practitioner())).andExpect(status().isOk()).andReturn());
        assertThat(home.select("a[href=/portal/cases/" + key + "]")).hasSize(1);

        Document page = html(mvc.perform(get("/portal/cases/{key}", key).with(practitioner()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("You are following the agreed plan");
        assertThat(page.text()).contains("What this means", "What happens next", "Cara Manager",
                "NHS Practitioner Health", "BMA wellbeing support", "Occupational health", "The MDU", "Samaritans");
        assertThat(page.select(".lotus-support a[href=https://www.practitionerhealth.nhs.uk]").text())
                .isEqualTo("www.practitionerhealth.nhs.uk");
        assertThat(page.select(".lotus-support a[href=tel:03000303300]").text()).isEqualTo("0300 0303 300");
        assertThat(page.select("a[href=/portal/letters/" + letter.id() + "]")).hasSize(1);
        assertThat(page.select("a[href=/portal/letters/" + letter.id() + "/letter.pdf]")).hasSize(1);
        assertThat(page.select("form[action=/portal/cases/" + key + "/responses] input[name=_csrf]")).hasSize(1);
        assertThat(page.text()).as("no internal notes").doesNotContain(TRIAGE_NOTES, ATTENDEES, "Risk");
    }

    @Test
    void theirCaseThroughTheApiSaysWhatThePortalSaysAndNothingMore() throws Exception {
        String json = mvc.perform(get("/api/concerns/{key}", key).with(practitioner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.businessKey").value(key))
                .andExpect(jsonPath("$.stage.title").value("You are following the agreed plan"))
                .andExpect(jsonPath("$.namedContact").value("Cara Manager"))
                .andExpect(jsonPath("$.letters[0].title").value("Update after the panel on 18 November 2026"))
                .andExpect(jsonPath("$.letters[0].page").value("/portal/letters/" + letter.id()))
                .andExpect(jsonPath("$.letters[0].pdf").value("/portal/letters/" + letter.id() + "/letter.pdf"))
                .andReturn().getResponse().getContentAsString();

        assertThat(json).doesNotContain(TRIAGE_NOTES, ATTENDEES, "A patient says a referral", "riskBand", "MODERATE",
                "summary", "source", "history", "7000001", "casemanager", "SUPPORT_AND_MONITOR");
        mvc.perform(get("/api/concerns/{key}", key).with(caseManager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("A patient says a referral for suspected cancer was not made."))
                .andExpect(jsonPath("$.riskBand").value("MODERATE"))
                .andExpect(jsonPath("$.history").isNotEmpty());
    }

    @Test
    void theLetterShowsWhatThePanelDecidedAndWhoToContact() throws Exception {
        Document page = html(mvc.perform(get("/portal/letters/{id}", letter.id()).with(practitioner()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("article.lotus-letter").text()).contains("Dear Dr Example",
                "The panel would like to agree a plan of support with you.", "Cara Manager, case manager",
                "Your right to comment or appeal", "Support for you");
    }

    @Test
    void theLetterDownloadsAsAPdfThatSaysTheOutcomeAndTheNamedContact() throws Exception {
        byte[] pdf = mvc.perform(get("/portal/letters/{id}/letter.pdf", letter.id()).with(practitioner()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(textOf(pdf)).contains("The panel would like to agree a plan of support with you.",
                "Cara Manager, case manager", key);
    }

    /**
     * XML 1.0 cannot hold most control characters, and the practitioner cannot see them: a pasted one
     * is refused with a message before any letter is written, so every letter prints.
     */
    @Test
    void aLetterWithAPastedControlCharacterIsRefusedBeforeItIsWritten() throws Exception {
        String otherKey = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(otherKey, 3, 3);
        driver.complete(otherKey, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.complete(otherKey, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag",
                Map.of("decision", "LOCAL_REMEDIATION", "meetingDate", driver.today().toString()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(otherKey,
                        ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "practitioner-update", "casemanager",
                        Map.of("outcome", "A plan\u0001 of support\u001F with\u0008 you.",
                                "namedContact", "Cara Manager\u0002, case manager")))
                .satisfies(refusal -> assertThat(InvalidSubmission.in(refusal)).get().extracting(InvalidSubmission::errors)
                        .satisfies(errors -> assertThat(errors.values()).anySatisfy(problem -> assertThat(problem)
                                .contains("has hidden characters (control characters or text direction changes)"))));
        assertThat(updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(otherKey).orElseThrow())).isEmpty();
    }

    @Test
    void aReplyReachesTheCaseManagersTaskListAndTheTimeline() throws Exception {
        mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                        .param("kind", "CALL_REQUEST").param("message", "Could we talk about the plan?")
                        .param("phone", "07700 900123"))
                .andExpect(redirectedUrl("/portal/cases/" + key));

        assertThat(responses.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()))
                .singleElement().satisfies(r -> assertThat(r.message()).isEqualTo("Could we talk about the plan?"));
        assertThat(driver.task(key, ConcernPathway.TASK_REPLY_TO_PRACTITIONER)).isNotNull();
        assertThat(html(mvc.perform(get("/tasks").param("search", key).with(caseManager())).andReturn()).text())
                .contains("Reply to the practitioner");
        assertThat(html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn()).text())
                .contains("Practitioner responded: A request for a call", "Could we talk about the plan?", "07700 900123");
    }

    /**
     * Issue 16, point 4: a call asked for on a closed case said "Your case manager will call you soon"
     * and made no task. Now it reaches the team as the same task, and answering it ends its process.
     */
    @Test
    void aMessageOnAClosedCaseReachesTheTeamAsATask() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 1, 2);
        driver.complete(key, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(key);
        assertThat(driver.openTasks(key)).isEmpty();

        mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                        .param("kind", "CALL_REQUEST").param("message", "I have a question after the closure.")
                        .param("phone", "07700 900124"))
                .andExpect(redirectedUrl("/portal/cases/" + key));

        String reply = driver.task(key, ConcernPathway.TASK_REPLY_TO_PRACTITIONER).getId();
        assertThat(html(mvc.perform(get("/tasks").param("search", key).with(caseManager())).andReturn()).text())
                .contains("Reply to the practitioner");
        Document page = html(mvc.perform(get("/tasks/{id}", reply).with(caseManager())).andReturn());
        assertThat(page.select("#practitioner-messages").text()).contains("I have a question after the closure.",
                "07700 900124");

        driver.complete(key, ConcernPathway.TASK_REPLY_TO_PRACTITIONER, "reply-to-practitioner", "casemanager", Map.of());
        assertThat(driver.openTasks(key)).isEmpty();
        assertThat(html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andReturn()).text())
                .contains("Done: Reply to the practitioner");
    }

    /**
     * Found by the outside attack: 20 messages on a closed case made 20 tasks and 20 emails to the
     * team. While a reply is open, a further message joins it (its page shows every one) and makes none.
     */
    @Test
    void furtherMessagesJoinTheOpenReplyInsteadOfMakingMoreTasks() throws Exception {
        String closed = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(closed, 1, 2);
        driver.complete(closed, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.reviewAndClose(closed);

        for (String caseKey : List.of(closed, key)) {
            for (int i = 1; i <= 3; i++) {
                mvc.perform(post("/portal/cases/{key}/responses", caseKey).with(practitioner()).with(csrf())
                                .param("kind", "CALL_REQUEST").param("message", "Message " + i + " on " + caseKey))
                        .andExpect(redirectedUrl("/portal/cases/" + caseKey));
            }
            assertThat(driver.openTasks(caseKey)).filteredOn(t -> t.getTaskDefinitionKey()
                    .equals(ConcernPathway.TASK_REPLY_TO_PRACTITIONER)).hasSize(1);
            String reply = driver.task(caseKey, ConcernPathway.TASK_REPLY_TO_PRACTITIONER).getId();
            assertThat(html(mvc.perform(get("/tasks/{id}", reply).with(caseManager())).andReturn())
                    .select("#practitioner-messages").text())
                    .contains("Message 1 on " + caseKey, "Message 2 on " + caseKey, "Message 3 on " + caseKey);
        }

        driver.complete(closed, ConcernPathway.TASK_REPLY_TO_PRACTITIONER, "reply-to-practitioner", "casemanager", Map.of());
        mvc.perform(post("/portal/cases/{key}/responses", closed).with(practitioner()).with(csrf())
                .param("kind", "COMMENT").param("message", "One more thing."));
        assertThat(driver.openTasks(closed)).filteredOn(t -> t.getTaskDefinitionKey()
                .equals(ConcernPathway.TASK_REPLY_TO_PRACTITIONER)).hasSize(1);
    }

    @Test
    void anIncompleteReplyIsExplainedAndNothingIsSent() throws Exception {
        Document page = html(mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                .param("message", " ").param("phone", "call me maybe")).andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select(".nhsuk-error-summary").text()).contains(
                "Choose whether you want to comment or to ask for a call", "Write your message",
                "Enter a phone number using digits");
        assertThat(responses.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow())).isEmpty();
        assertThat(driver.openTasks(key)).noneMatch(t -> t.getTaskDefinitionKey().equals(ConcernPathway.TASK_REPLY_TO_PRACTITIONER));
    }

    @Test
    void aReplyOfAKindThePortalDoesNotOfferIsExplainedAndNothingIsSent() throws Exception {
        for (String kind : new String[] {"SUMMONS", "comment", "T(java.lang.Runtime)", ""}) {
            Document page = html(mvc.perform(post("/portal/cases/{key}/responses", key).with(practitioner()).with(csrf())
                    .param("kind", kind).param("message", "Hello").param("phone", ""))
                    .andExpect(status().isBadRequest()).andReturn());

            assertThat(page.select(".nhsuk-error-summary").text()).as(kind)
                    .contains("Choose whether you want to comment or to ask for a call")
                    .doesNotContain("Failed to convert", "java.lang", "ResponseKind");
            assertThat(page.select("textarea[name=message]").text()).as("what they wrote is kept").isEqualTo("Hello");
        }
        assertThat(responses.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow())).isEmpty();
        assertThat(driver.openTasks(key)).noneMatch(t -> t.getTaskDefinitionKey().equals(ConcernPathway.TASK_REPLY_TO_PRACTITIONER));
    }

    @Test
    void anotherPractitionerReachesNothingAndLearnsNothing() throws Exception {
        RequestPostProcessor other = as("practitioner2", "practitioner");

        assertThat(html(mvc.perform(get("/portal").with(other)).andReturn()).text()).doesNotContain(key);
        for (String url : new String[] {"/portal/cases/" + key, "/portal/letters/" + letter.id(),
                "/portal/letters/" + letter.id() + "/letter.pdf"}) {
            String body = mvc.perform(get(url).with(other)).andExpect(status().isNotFound()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(body).as(url).doesNotContain("Ann Example", key, "7000001");
        }
        mvc.perform(post("/portal/cases/{key}/responses", key).with(other).with(csrf())
                .param("kind", "COMMENT").param("message", "Not my case")).andExpect(status().isNotFound());
        assertThat(responses.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow())).isEmpty();
        mvc.perform(get("/api/concerns/{key}", key).with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/letters/999999").with(practitioner())).andExpect(status().isNotFound());
    }

    @Test
    void theTeamUsesTheCasePageNotThePortal() throws Exception {
        mvc.perform(get("/portal/cases/{key}", key).with(caseManager())).andExpect(status().isForbidden());
        mvc.perform(get("/portal/letters/{id}/letter.pdf", letter.id()).with(caseManager()))
                .andExpect(status().isForbidden());
    }

    private static String textOf(byte[] pdf) {
        return Pdfs.text(pdf).replaceAll("\\s+", " ");
    }
}
