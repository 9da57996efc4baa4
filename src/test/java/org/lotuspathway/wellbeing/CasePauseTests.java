package org.lotuspathway.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Pausing stops the case clock for an unwell practitioner; check-ins go on; resuming moves every deadline on. */
@PathwayTest
class CasePauseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    CasePauses pauses;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }


    @Test
    void whilePausedNoDeadlinePassesAndOnResumingEachMovesOnByThePause() throws Exception {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "MONITOR");
        Date dueBefore = driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getDueDate();

        mvc.perform(post("/cases/{key}/pause", key).param("reason", "Practitioner on sick leave")
                .with(as("wellbeing", "wellbeing")).with(csrf())).andExpect(redirectedUrl("/cases/" + key));
        assertThat(concerns.findByBusinessKey(key).orElseThrow().isPaused()).isTrue();

        driver.timePasses(Duration.ofDays(20));
        assertThat(driver.pathway(key)).isNotWaitingAt(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE);
        assertThat(driver.checkIns(key)).as("check-ins go on while paused").isNotEmpty();

        mvc.perform(post("/cases/{key}/resume", key).with(as("wellbeing", "wellbeing")).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + key));
        Date dueAfter = driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getDueDate();
        assertThat(Duration.between(dueBefore.toInstant(), dueAfter.toInstant()))
                .as("moved on by the 20 days paused").isBetween(Duration.ofDays(20), Duration.ofDays(20).plusMinutes(1));

        driver.timePasses(Duration.ofDays(3));
        assertThat(driver.pathway(key)).isNotWaitingAt(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE);
        driver.timePasses(Duration.ofDays(6));
        assertThat(driver.pathway(key)).isWaitingAt(ConcernPathway.TASK_FOLLOW_UP_LATE_UPDATE);

        Document casePage = html(mvc.perform(get("/cases/{key}", key).with(as("ro", "ro"))).andReturn());
        assertThat(casePage.text()).contains("Case paused", "Practitioner on sick leave", "Case resumed");
    }

    @Test
    void aPauseNeedsAReasonAndOnlyTheTeamMayPause() throws Exception {
        String key = driver.raise();

        mvc.perform(post("/cases/{key}/pause", key).param("reason", " ").with(as("wellbeing", "wellbeing")).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + key));
        assertThat(concerns.findByBusinessKey(key).orElseThrow().isPaused()).isFalse();

        mvc.perform(post("/cases/{key}/pause", key).param("reason", "x").with(as("practitioner", "practitioner"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{key}/pause", key).param("reason", "x").with(as("pag", "pag")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(concerns.findByBusinessKey(key).orElseThrow().isPaused()).isFalse();
    }

    @Test
    void theCheckInPageShowsEarlierCheckInsThePlanAndPrompts() throws Exception {
        String key = driver.raise();
        driver.timePasses(Duration.ofDays(14).plusMinutes(1));
        driver.complete(key, ConcernPathway.TASK_CHECK_IN, "wellbeing-check-in", "wellbeing",
                Map.of("outcome", "NEEDS_SUPPORT", "notes", "Worried about the panel", "supportPlan", "Weekly calls on Fridays"));
        driver.timePasses(Duration.ofDays(14));
        String taskId = driver.task(key, ConcernPathway.TASK_CHECK_IN).getId();

        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(as("wellbeing", "wellbeing")))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select(".lotus-check-in-aside").text()).contains("Things you might ask",
                "Weekly calls on Fridays", "Needs support - Worried about the panel", "Pause the case");
    }
}
