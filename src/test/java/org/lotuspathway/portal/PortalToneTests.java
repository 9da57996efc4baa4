package org.lotuspathway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.concern.Stage;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.common.PlainWords;
import org.lotuspathway.updates.PractitionerUpdateRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal speaks to a frightened person: every stage explained, every page and the letter at a
 * reading age of 11 or under (the NHS content guide's aim), none of the team's jargon, and each
 * abbreviation spelt out where it is first used.
 */
@PathwayTest
class PortalToneTests {


    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageIsExplainedPlainly(Stage stage) {
        StageExplanation explained = StageExplanation.of(stage);

        PlainWords.assertPlain(explained.title() + ". " + explained.meaning() + " " + explained.next());
    }

    @Test
    void thePortalPageAndTheLetterReadPlainly() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Ann Example", "7000001"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", java.util.Map.of());
        driver.complete(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag", java.util.Map.of(
                "decision", "NO_FURTHER_ACTION", "meetingDate", driver.today().toString(),
                "concernsConsidered", "A referral that was sent late.", "reasons", "The referral was made in time to help.",
                "nextSteps", "Nothing more will happen."));
        String taskId = driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId();
        // Send the update exactly as drafted, as a case manager who changes nothing would.
        var draft = html(mvc.perform(get("/tasks/{id}", taskId).with(org.lotuspathway.support.Pages.caseManager())).andReturn());
        java.util.Map<String, Object> answers = new java.util.HashMap<>();
        draft.select("textarea").forEach(t -> answers.put(t.attr("name"), t.text()));
        draft.select("input[type=text], input[type=date]").forEach(i -> { if (!i.val().isBlank()) answers.put(i.attr("name"), i.val()); });
        driver.complete(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE, "casemanager", answers);

        long letterId = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0).id();
        String letter = html(mvc.perform(get("/portal/letters/{id}", letterId).with(practitioner())).andReturn())
                .select("article").text();

        List<String> problems = new java.util.ArrayList<>();
        for (String path : List.of("/portal", "/portal/cases/" + key, "/portal/letters/" + letterId,
                "/portal/record/GMC/7000001", "/portal/record/GMC/7000001/contact")) {
            String page = PlainWords.wordsOf(html(mvc.perform(get(path).with(practitioner())).andReturn()).selectFirst("main"));
            problems.addAll(PlainWords.problemsOf(path, page.replace(key, "the case")));
        }
        assertThat(problems).isEmpty();
        // The letter spells out the panel's name once, and calls it "the panel" after that.
        assertThat(letter.split("Performance Advisory Group \\(PAG\\)", -1)).hasSize(2);
        PlainWords.assertPlain(letter.replace(key, "the case"));
    }

    @Test
    void thePublicPagesReadPlainly() throws Exception {
        List<String> problems = new java.util.ArrayList<>();
        for (String path : List.of("/login", "/login?error", "/login?signedOut", "/login?expired")) {
            problems.addAll(PlainWords.problemsOf(path, PlainWords.wordsOf(html(mvc.perform(get(path)).andReturn()).selectFirst("main"))));
        }
        assertThat(problems).isEmpty();
    }
}
