package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.concern.ConcernRepository;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.FormAnswers;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A task form posted as no page showing it would post it (issue 13e, point 10): two values for a
 * field that takes one, a checkbox with a value other than "true", a field the form does not have.
 * Each is refused with a message by the field (or, for a field the page does not have, at the top),
 * the answers typed are kept, and the task stays open with nothing recorded.
 */
@PathwayTest
class TaskFormTamperingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ConcernRepository concerns;
    @Autowired
    ObjectMapper json;

    String key;
    String taskId;

    @BeforeEach
    void aCaseWaitingForTriage() {
        key = driver.raise();
        taskId = driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId();
    }

    @Test
    void twoAnswersForAQuestionThatTakesOneAreRefusedByTheQuestion() throws Exception {
        Document page = refused(triage().param("likelihood", "5"));
        assertThat(page.select("#error-likelihood").text())
                .isEqualTo("Error: Give only one answer for \"How likely is it to happen again?\"");
        assertThat(page.select(".nhsuk-error-summary a[href=#field-likelihood]")).hasSize(1);
        assertThat(page.select("#field-triageNotes").text()).as("what was typed is kept")
                .isEqualTo("Summary typed before the refusal");

        Document text = refused(triage().param("triageNotes", "A second summary"));
        assertThat(text.select("#error-triageNotes").text()).isEqualTo("Error: Give only one answer for \"Summary of the triage\"");

        Document checklist = refused(triage().param("contextFactors", "WORKLOAD", "WORKLOAD"));
        assertThat(checklist.select("#error-contextFactors").text())
                .isEqualTo("Error: Choose each option for \"Which factors may have contributed?\" only once");
        nothingRecorded();
    }

    @Test
    void aCheckboxIsTickedWithTrueOrNotAtAll() throws Exception {
        for (String value : List.of("yes", "TRUE", "false", "", "true\u0000")) {
            Document page = refused(triage().param("immediateRisk", value));
            assertThat(page.select("#error-immediateRisk").text()).as(value).isEqualTo(
                    "Error: There is an immediate risk to patients that may need interim action must be ticked or left empty");
        }
        Document twice = refused(triage().param("wellbeingConcern", "true", "true"));
        assertThat(twice.select("#error-wellbeingConcern").text()).startsWith("Error: Give only one answer");
        nothingRecorded();
    }

    @Test
    void aFieldTheFormDoesNotHaveIsRefusedAndNeverReachesTheProcess() throws Exception {
        Document page = refused(triage().param("riskBand", "LOW"));
        assertThat(page.select(".nhsuk-error-summary li").text()).isEqualTo(
                "This form has no question \"riskBand\", so nothing was saved. Reload the page and try again.");
        Document many = refused(triage().param("a", "1").param("b".repeat(50), "2"));
        assertThat(many.select(".nhsuk-error-summary li").text())
                .startsWith("This form has no questions \"a\", \"" + "b".repeat(40) + "…\"");
        nothingRecorded();
        assertThat(runtime.getVariable(driver.pathway(key).getId(), "riskBand")).isNull();

        mvc.perform(triage()).andExpect(redirectedUrl("/tasks"));
        assertThat(driver.openTasks(key)).extracting(t -> t.getTaskDefinitionKey())
                .doesNotContain(ConcernPathway.TASK_TRIAGE_CONCERN);
    }

    @Test
    void theApiRefusesTheSameAndTakesAnUntickedBoxAsFalse() throws Exception {
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("triage-concern", driver.today()));
        answers.putAll(PathwayDriver.triage(3, 3));

        Map<String, Object> twice = new HashMap<>(answers);
        twice.put("likelihood", List.of("3", "5"));
        api(twice).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.likelihood").value("Give only one answer for \"How likely is it to happen again?\""));
        Map<String, Object> yes = new HashMap<>(answers);
        yes.put("immediateRisk", "yes");
        api(yes).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.immediateRisk").exists());
        nothingRecorded();

        answers.put("immediateRisk", false);
        answers.put("previousConcerns", false);
        api(answers).andExpect(status().isOk()).andExpect(jsonPath("$.completed").value(true));
    }

    private org.springframework.test.web.servlet.ResultActions api(Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/tasks/{id}", taskId).with(httpBasic("casemanager", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    /** The triage form as its page posts it, answered validly. */
    private MockHttpServletRequestBuilder triage() {
        Map<String, Object> answers = new HashMap<>(FormAnswers.valid("triage-concern", driver.today()));
        answers.putAll(PathwayDriver.triage(3, 3));
        answers.put("triageNotes", "Summary typed before the refusal");
        MockHttpServletRequestBuilder post = post("/tasks/{id}", taskId).with(caseManager()).with(csrf());
        answers.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                post.param(name, list.stream().map(String::valueOf).toArray(String[]::new));
            } else if (!Boolean.FALSE.equals(value)) {
                post.param(name, String.valueOf(value));
            }
        });
        return post;
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        return html(mvc.perform(request).andExpect(status().isBadRequest()).andReturn());
    }

    private void nothingRecorded() {
        assertThat(driver.task(key, ConcernPathway.TASK_TRIAGE_CONCERN).getId()).isEqualTo(taskId);
        assertThat(concerns.findByBusinessKey(key).orElseThrow().riskBand()).isEmpty();
    }
}
