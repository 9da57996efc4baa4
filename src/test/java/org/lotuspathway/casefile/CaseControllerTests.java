package org.lotuspathway.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.practitioner;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The case page tells the case's whole story to the team, and to nobody else. */
@PathwayTest
class CaseControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;

    @Test
    void theCasePageShowsWhereTheCaseIsAndHowItGotThere() throws Exception {
        String key = driver.raise(PathwayDriver.concernAbout("Dr Storied Person", "6789012"));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager",
                Map.of("findings", "Referral delays during a locum gap"));
        driver.panelDecides(key, "FURTHER_INVESTIGATION");

        Document page = html(mvc.perform(get("/cases/{key}", key).with(caseManager())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Case " + key);
        assertThat(page.text()).contains("Dr Storied Person", "Update to the practitioner", "Moderate",
                "Round 1: Further investigation", "Risk score", "Referral delays during a locum gap");
        assertThat(page.select("h2:contains(Where the case is now) + ul").text())
                .contains("Send the practitioner an update", "Check in on the practitioner's wellbeing");
        assertThat(page.select(".lotus-timeline-entry")).extracting(e -> e.select("td").get(1).text())
                .anySatisfy(what -> assertThat(what).startsWith("Concern raised"))
                .anySatisfy(what -> assertThat(what).startsWith("Done: Triage the concern"))
                .anySatisfy(what -> assertThat(what).startsWith("Stratify the risk"))
                .anySatisfy(what -> assertThat(what).startsWith("Panel decided: Further investigation"))
                .anySatisfy(what -> assertThat(what).startsWith("Waiting: Send the practitioner an update"));
        assertThat(page.select(".lotus-timeline-entry:contains(Done: Triage the concern) td").get(2).text())
                .as("by name (issue 16)").isEqualTo("Cara Manager");
        assertThat(page.select("[data-bpmn-url]").attr("data-current-steps"))
                .contains(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
        assertThat(page.select("h2:contains(Where the case is now) + ul a").eachText())
                .contains("Send the practitioner an update", "Check in on the practitioner's wellbeing");

        // found by the crawl: the wellbeing contact was linked to the update's task, which only refused them
        Document asWellbeing = html(mvc.perform(get("/cases/{key}", key).with(as("wellbeing", "wellbeing")))
                .andExpect(status().isOk()).andReturn());
        var open = asWellbeing.select("h2:contains(Where the case is now) + ul");
        assertThat(open.text()).contains("Send the practitioner an update");
        assertThat(open.select("a").eachText()).contains("Check in on the practitioner's wellbeing")
                .doesNotContain("Send the practitioner an update");
    }

    @Test
    void theDiagramOfTheCasesVersionIsServedToTheTeam() throws Exception {
        String key = driver.raise();

        mvc.perform(get("/cases/{key}/diagram", key).with(caseManager())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"Task_TriageConcern\"")));
        mvc.perform(get("/cases/{key}/diagram", key).with(practitioner())).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheTeamSeesCasePages() throws Exception {
        String key = driver.raise();

        mvc.perform(get("/cases/{key}", key).with(practitioner())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{key}", key).with(as("practitioner2", "practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{key}", key).with(as("wellbeing", "wellbeing"))).andExpect(status().isOk());
        mvc.perform(get("/cases/{key}", key)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        Document page = html(mvc.perform(get("/cases/PSC-2026-99999").with(caseManager()))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Case not found");
    }
}
