package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.engine.PathwayDeployments;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A decision table the engine cannot evaluate, such as one deployed before the checks read its FEEL
 * (issue 13d): triage says so, keeps the answers and the task, and never answers 500.
 */
@PathwayTest
class BrokenDecisionTableTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    PathwayVersions versions;
    @Autowired
    PathwayDeployments engine;
    @Autowired
    TaskService tasks;
    @Autowired
    ModelDeployments deployments;

    @Test
    void triageWithATableTheEngineCannotEvaluateSaysSoAndKeepsTheAnswers() throws Exception {
        String key = driver.raise();
        String taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
        List<ModelFile> baseline = versions.baseline();
        String broken = versions.live("processes/triage-risk.dmn").content()
                .replace("<inputEntry id=\"Entry_ImmediateRisk_1\"><text>true</text>", "<inputEntry id=\"Entry_ImmediateRisk_1\"><text>[1..</text>");
        assertThat(deployments.check(List.of(new ModelFile("processes/triage-risk.dmn", broken))))
                .as("the checks refuse it, so it goes to the engine directly, as it could before them")
                .anySatisfy(p -> assertThat(p.message()).startsWith("Rule 1 (Rule_ImmediateRisk), column \"Immediate risk"));
        Map<String, String> files = new LinkedHashMap<>();
        baseline.forEach(file -> files.put(file.name(), file.content()));
        files.put("processes/triage-risk.dmn", broken);
        engine.deploy(PathwayFiles.FROM_MODELER, "test", files, false);
        try {
            Document page = html(mvc.perform(post("/tasks/{id}", taskId).with(caseManager()).with(csrf())
                            .param("likelihood", "5").param("impact", "4").param("insight", "PARTIAL")
                            .param("triageNotes", "Serious and likely to recur"))
                    .andExpect(status().isServiceUnavailable()).andReturn());

            assertThat(page.select(".nhsuk-error-summary").text()).contains(
                    "The risk decision could not be evaluated, so nothing was saved and the task is still open.",
                    "Tell the process lead", "Your answers are kept below.");
            assertThat(page.select("textarea[name=triageNotes]").text()).isEqualTo("Serious and likely to recur");
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

            mvc.perform(post("/api/tasks/{id}", taskId).with(caseManager()).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"likelihood": 5, "impact": 4, "insight": "PARTIAL", "triageNotes": "Serious"}"""))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("The risk decision could not be evaluated")));
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        } finally {
            versions.restore(baseline);
        }
    }
}
