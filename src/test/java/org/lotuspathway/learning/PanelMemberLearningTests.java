package org.lotuspathway.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.lotuspathway.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A panel member who works no other role opens only the cases on their own meetings, so the
 * lessons library and the improvement actions do not tell them who or which case a review was
 * about: they read it as the learning audience does. "Puffinry" is written by no other test.
 */
@PathwayTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelMemberLearningTests {

    static final String NAME = "Dr Perpetua Razorbill";
    static final String NUMBER = "7340077";
    static final RequestPostProcessor PANEL_ONLY = as("pag", "pag");
    static final RequestPostProcessor PANEL_AND_CASE_MANAGER = as("casemanager", "pag", "casemanager");

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;

    String reviewed;

    @BeforeAll
    void reviewACase() {
        reviewed = driver.raise(PathwayDriver.concernAbout(NAME, NUMBER));
        driver.triageAs(reviewed, 1, 2);
        driver.complete(reviewed, ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION, "local-resolution", "casemanager", Map.of());
        driver.complete(reviewed, ConcernPathway.TASK_REVIEW_LESSONS, "lessons-review", "casemanager", Map.of(
                "wentWell", "Puffinry: the practitioner was told promptly.",
                "didNotGoWell", "No induction.",
                "contributoryFactors", List.of("ORGANISATION"),
                "learningThemes", List.of("INDUCTION"),
                "action1", "Write a puffinry induction pack for " + NAME + " (GMC " + NUMBER + "), " + reviewed,
                "action1Owner", "casemanager",
                "action1DueOn", TestClock.today().plusMonths(1).toString()));
        driver.complete(reviewed, ConcernPathway.TASK_CLOSE_CASE, "close-case", "casemanager", Map.of());
    }

    @Test
    void theLibraryReadsAnonymisedToAPanelMemberWhoWorksNoOtherRole() throws Exception {
        Document library = page("/learning?q=puffinry", PANEL_ONLY);
        Document entry = page(library.select(".lotus-lesson h3 a").attr("href"), PANEL_ONLY);

        assertThat(library.select(".lotus-lesson")).hasSize(1);
        for (Document shown : List.of(library, entry)) {
            assertThat(shown.select("main").text()).doesNotContain("Razorbill", "Perpetua", NUMBER, reviewed);
            assertThat(shown.select("main a[href^=/cases/]")).isEmpty();
        }
        assertThat(entry.select("h1").text()).startsWith("Lessons-learnt review, ");
        assertThat(library.select("input[name=anonymised]")).as("nothing to choose: always anonymised").isEmpty();
        assertThat(page("/learning?q=Perpetua", PANEL_ONLY).select(".lotus-lesson"))
                .as("searching for the practitioner tells them nothing").isEmpty();
        String review = library.select(".lotus-lesson h3 a").attr("href").replaceAll("\\?.*", "");
        assertThat(page(review + "?anonymised=false", PANEL_ONLY).select("main").text())
                .as("asking to see it with its case changes nothing").doesNotContain(NUMBER, reviewed);
    }

    @Test
    void aPanelMemberWhoAlsoManagesCasesReadsTheLibraryWithItsCases() throws Exception {
        Document library = page("/learning?q=puffinry", PANEL_AND_CASE_MANAGER);

        assertThat(library.select(".lotus-lesson h3").eachText()).contains(reviewed + ": " + NAME + ", GMC " + NUMBER);
    }

    @Test
    void improvementActionsDoNotSayWhichCaseTheyCameFromToAPanelMemberWhoWorksNoOtherRole() throws Exception {
        Document actions = page("/learning/actions?all=true", PANEL_ONLY);
        String action = actions.select(".lotus-action:contains(puffinry induction pack)").attr("id").replace("action-", "");

        assertThat(action).isNotEmpty();
        Document one = page("/learning/actions/" + action, PANEL_ONLY);
        for (Document shown : List.of(actions, one)) {
            assertThat(shown.select("main").text()).contains("puffinry induction pack for [the practitioner]")
                    .doesNotContain("Perpetua", "Razorbill", NUMBER, reviewed);
            assertThat(shown.select("main a[href^=/cases/]")).isEmpty();
            assertThat(shown.select("th, dt").eachText()).as("no owner shown").doesNotContain("Owner");
        }
        assertThat(one.select("main").text()).contains("From a lessons-learnt review");

        assertThat(page("/learning/actions/" + action, PANEL_AND_CASE_MANAGER).select("main").text())
                .contains("From the review of case " + reviewed, NAME + " (GMC " + NUMBER + ")");
        assertThat(page("/learning/actions?all=true", PANEL_AND_CASE_MANAGER).select("main a[href=/cases/" + reviewed + "]"))
                .hasSize(1);
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return html(mvc.perform(get(java.net.URI.create(url)).with(user)).andExpect(status().isOk()).andReturn());
    }
}
