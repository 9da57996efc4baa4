package org.lotuspathway.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.notifications.NotificationRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The update task starts from a kind draft of the panel's decision; sending keeps the letter and tells the practitioner. */
@PathwayTest
class PractitionerUpdateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    PractitionerUpdateRepository updates;
    @Autowired
    NotificationRepository notifications;

    @Test
    void theUpdateIsDraftedFromThePanelsDecisionForTheCaseManagerToEdit() throws Exception {
        String key = afterAPanel("REFER_PLDP", "Dr Draft Person", "7200001");
        String taskId = driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId();

        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andReturn());

        assertThat(page.select("textarea[name=outcome]").text()).contains("Performers List Decision Panel");
        assertThat(page.select("textarea[name=reasons]").text()).isEqualTo("Reasons given by the panel");
        assertThat(page.select("textarea[name=rightToRespond]").text()).contains("First-tier Tribunal", "within 28 days");
        assertThat(page.select("input[name=namedContact]").val()).isEqualTo("Cara Manager, case manager, casemanager@lotuspathway.example");
        assertThat(page.select("textarea[name=support]").text()).contains("NHS Practitioner Health");
        assertThat(page.select("input[name=meetingDate]").val()).isEqualTo(driver.today().toString());
    }

    @Test
    void sendingKeepsTheLetterAndTellsALinkedPractitionerThatItIsWaiting() {
        String key = afterAPanel("MONITOR", "Dr Ann Example", "7000001");
        driver.sendUpdate(key);

        PractitionerUpdate sent = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0);
        assertThat(sent.letter()).contains("Dear Dr Example,", key).doesNotContain("Dear Dr Ann Example");
        assertThat(notifications.findAll()).filteredOn(n -> n.eventKey().equals("update-sent:" + sent.id()))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipientUser()).isEqualTo("practitioner");
                    assertThat(n.body()).contains("/portal").doesNotContain("Ann Example", key, "7000001", "Monitor");
                });
    }

    @Test
    void aPractitionerWithoutAnAccountGetsTheLetterButNoEmail() {
        String key = afterAPanel("MONITOR", "Dr No Account", "7200002");
        driver.sendUpdate(key);

        PractitionerUpdate sent = updates.findByConcernOrderByRecordedAtAsc(concerns.findByBusinessKey(key).orElseThrow()).get(0);
        assertThat(sent.letter()).contains("Dear Dr Account,");
        assertThat(notifications.findAll()).noneMatch(n -> n.eventKey().equals("update-sent:" + sent.id()));
    }

    private String afterAPanel(String decision, String name, String gmc) {
        String key = driver.raise(PathwayDriver.concernAbout(name, gmc));
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.complete(key, ConcernPathway.TASK_HOLD_PANEL_DISCUSSION, "panel-discussion", "pag",
                Map.of("decision", decision, "meetingDate", driver.today().toString(), "reasons", "Reasons given by the panel"));
        return key;
    }
}
