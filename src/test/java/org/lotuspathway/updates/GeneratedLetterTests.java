package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lotuspathway.common.Readability;
import org.lotuspathway.concern.ConcernArea;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.ConcernSource;
import org.lotuspathway.concern.FormOfAddress;
import org.lotuspathway.concern.NewConcern;
import org.lotuspathway.concern.PersonalName;
import org.lotuspathway.concern.PractitionerDetails;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.concern.Register;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every letter the app drafts, sent just as drafted, as a case manager who changes nothing would:
 * it greets the practitioner as they prefer, speaks to them and never about them, reads at 11 or
 * under, says what it is in a title of its own, and the closing letter names the outcome.
 */
@PathwayTest
class GeneratedLetterTests {

    /** What a panel member might write: about the practitioner, in the third person. */
    static final Map<String, Object> PANEL_ABOUT_THEM = Map.of(
            "concernsConsidered", "Two referrals that Dr Example sent late.",
            "reasons", "Dr Example has kept good notes since then, and she has told the practice what went wrong.",
            "nextSteps", "Dr Example will meet her appraiser in January.",
            "undertakingsOrConditions", "Dr Example agrees to keep a log of her referrals for six months.");

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;

    @ParameterizedTest
    @EnumSource(PanelDecision.class)
    void everyUpdateAsDraftedSpeaksToThePractitionerAndReadsAtElevenOrUnder(PanelDecision decision) throws Exception {
        String key = raise(new PractitionerDetails(null, "Dr", "Ann", "Example", null, Profession.GP, Register.GMC,
                "74" + String.format("%05d", decision.ordinal())));
        panel(key, decision, PANEL_ABOUT_THEM);

        Map<String, Object> draft = draftOf(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
        PersonalName ann = new PersonalName("Dr", "Ann", "Example", FormOfAddress.TITLE_AND_FAMILY_NAME);
        assertThat(draft).allSatisfy((field, value) -> assertThat(SecondPerson.thirdPersonIn(value.toString(), ann))
                .as("third person in the draft's %s: %s", field, value).isEmpty());
        assertThat(draft.get("reasons")).isEqualTo("You have kept good notes since then, and you have told the "
                + "practice what went wrong.");

        driver.complete(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "casemanager", draft);
        String letter = DraftReviews.textOf(sentLetters(key).get(0).letter());

        assertThat(letter).contains("Dear Dr Example,", "Update after the panel on 18 November 2026",
                "Performance Advisory Group (PAG)", "Call 0300 0303 300 or go to www.practitionerhealth.nhs.uk.");
        assertThat(letter.toLowerCase()).doesNotContain("the group", "dr ann example", " she ", " her ");
        assertThat(Readability.readingAge(letter)).as("reading age of %s", letter)
                .isLessThanOrEqualTo(DraftReview.TARGET_READING_AGE);
        assertThat(Readability.longSentences(letter)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FormOfAddress.class)
    void theLetterGreetsThePractitionerAsTheyPrefer(FormOfAddress form) {
        String key = raise(new PractitionerDetails(null, "Mx", "Sam Lee", "Taylor", form, Profession.DENTIST,
                Register.GDC, "75" + form.ordinal()));
        panel(key, PanelDecision.NO_FURTHER_ACTION, Map.of());
        driver.sendUpdate(key);

        String expected = switch (form) {
            case TITLE_AND_FAMILY_NAME -> "Dear Mx Taylor,";
            case GIVEN_NAME -> "Dear Sam,";
            case FULL_NAME -> "Dear Sam Lee Taylor,";
        };
        assertThat(DraftReviews.textOf(sentLetters(key).get(0).letter())).contains(expected);
    }

    @Test
    void twoUpdatesAfterTwoPanelsOnOneDayHaveTitlesOfTheirOwn() {
        String key = raise(new PractitionerDetails("Dr Bea Twice", Profession.GP, Register.GMC, "7600001"));
        panel(key, PanelDecision.FURTHER_INVESTIGATION, Map.of());
        driver.sendUpdate(key);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag",
                Map.of("decision", "MONITOR", "meetingDate", driver.today().toString()));
        driver.sendUpdate(key);

        List<PractitionerUpdate> sent = sentLetters(key);
        assertThat(sent).extracting(PractitionerUpdate::title).containsExactly(
                "Update after the panel on 18 November 2026",
                "Update after the panel on 18 November 2026 (second discussion that day)");
        assertThat(DraftReviews.textOf(sent.get(1).letter())).contains("(second discussion that day)");
    }

    @Test
    void theClosingLetterAsDraftedNamesTheOutcomeAndWhatItMeans() throws Exception {
        String key = raise(new PractitionerDetails("Dr Cal Closure", Profession.HOSPITAL_DOCTOR, Register.GMC, "7600002"));
        panel(key, PanelDecision.NO_FURTHER_ACTION, Map.of());
        driver.sendUpdate(key);
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing", Map.of("outcome", "WELL"));
        driver.complete(key, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of());

        Map<String, Object> draft = new HashMap<>(draftOf(key, ConcernPathway.TASK_CLOSE_CASE));
        draft.put("closedOn", driver.today().toString());
        draft.put("closureSummary", "No further action after the panel.");
        driver.complete(key, ConcernPathway.TASK_CLOSE_CASE, "casemanager", draft);

        PractitionerUpdate closing = sentLetters(key).get(1);
        String letter = DraftReviews.textOf(closing.letter());
        assertThat(closing.title()).isEqualTo("Your case is closed");
        assertThat(letter).contains("Dear Dr Closure,", "We closed your case on 18 November 2026.",
                "The outcome: the panel decided that no further action is needed.",
                "This means you do not need to do anything more.", "Who to contact", "Cara Manager, case manager",
                "Performance Advisory Group (PAG)", "BMA wellbeing support");
        assertThat(Readability.readingAge(letter)).as("reading age of %s", letter)
                .isLessThanOrEqualTo(DraftReview.TARGET_READING_AGE);
    }

    private String raise(PractitionerDetails practitioner) {
        return driver.raise(new NewConcern(practitioner, ConcernSource.PATIENT, java.util.Set.of(ConcernArea.CLINICAL),
                "A patient says a referral was not made.", driver.today().minusDays(10)));
    }

    private void panel(String key, PanelDecision decision, Map<String, Object> text) {
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        Map<String, Object> answers = new HashMap<>(text);
        answers.put("decision", decision.name());
        answers.put("meetingDate", driver.today().toString());
        driver.complete(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag", answers);
    }

    /** The task page's form as drafted: every field with a value. */
    private Map<String, Object> draftOf(String key, String taskKey) throws Exception {
        Document page = html(mvc.perform(get("/tasks/{id}", driver.task(key, taskKey).getId()).with(caseManager()))
                .andReturn());
        Map<String, Object> answers = new HashMap<>();
        page.select("#task-form textarea").forEach(t -> answers.put(t.attr("name"), t.wholeText()));
        page.select("#task-form input[type=text], #task-form input[type=date]")
                .forEach(i -> { if (!i.val().isBlank()) answers.put(i.attr("name"), i.val()); });
        answers.values().removeIf(v -> v.toString().isBlank());
        return answers;
    }

    private List<PractitionerUpdate> sentLetters(String key) {
        return updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow());
    }
}
