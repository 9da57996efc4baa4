package org.lotuspathway.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.caseManager;
import static org.lotuspathway.support.Pages.html;
import static org.lotuspathway.support.Pages.responsibleOfficer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A task made by hand in Tasklist ("create task") or through the engine's REST API belongs to no
 * case: our task pages say so plainly and change nothing, while the tasks of every process that
 * runs for a case, the pathway, its check-ins and any process added later, work as usual.
 */
@PathwayTest
class TasksOutsideACaseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PathwayDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    String handMade;
    String addedLaterDeployment;

    @BeforeEach
    void aTaskMadeByHand() {
        Task task = tasks.newTask();
        task.setName("A task made in Tasklist");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), "casemanager");
        handMade = task.getId();
    }

    @AfterEach
    void cleanUp() {
        tasks.deleteTask(handMade, true);
        if (addedLaterDeployment != null) {
            repository.deleteDeployment(addedLaterDeployment, true);
        }
    }

    @Test
    void itsPageSaysItIsNotPartOfACase() throws Exception {
        for (RequestPostProcessor user : new RequestPostProcessor[] {caseManager(), responsibleOfficer()}) {
            Document page = html(mvc.perform(get("/tasks/{id}", handMade).with(user))
                    .andExpect(status().isNotFound()).andReturn());
            assertThat(page.select("h1").text()).isEqualTo("This task is not part of a case");
        }
    }

    @Test
    void aProcessRunWithoutACaseIsNotACaseEither() throws Exception {
        addedLaterDeployment = deployAProcessAddedLater();
        runtime.startProcessInstanceByKey("added-later", "PSC-2099-99999");
        runtime.startProcessInstanceByKey("added-later");
        for (Task task : tasks.createTaskQuery().processDefinitionKey("added-later").list()) {
            mvc.perform(get("/tasks/{id}", task.getId()).with(caseManager())).andExpect(status().isNotFound());
            mvc.perform(post("/tasks/{id}/claim", task.getId()).with(caseManager()).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(tasks.createTaskQuery().processDefinitionKey("added-later").taskUnassigned().count()).isEqualTo(2);
    }

    @Test
    void claimingHandingBackAssigningOrCompletingItIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/tasks/{id}/claim", handMade).with(caseManager()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}/assign", handMade).param("assignee", "casemanager")
                .with(responsibleOfficer()).with(csrf())).andExpect(status().isNotFound());
        tasks.setAssignee(handMade, "casemanager");
        mvc.perform(post("/tasks/{id}/unclaim", handMade).with(caseManager()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/{id}", handMade).param("message", "done").with(caseManager()).with(csrf()))
                .andExpect(status().isNotFound());

        Task task = tasks.createTaskQuery().taskId(handMade).singleResult();
        assertThat(task).as("still open").isNotNull();
        assertThat(task.getAssignee()).isEqualTo("casemanager");
    }

    @Test
    void itIsNotListed() throws Exception {
        for (String view : new String[] {"TEAM", "ALL"}) {
            Document list = html(mvc.perform(get("/tasks").param("view", view).with(as("ro", "ro", "casemanager")))
                    .andExpect(status().isOk()).andReturn());
            assertThat(list.select("a[href=/tasks/" + handMade + "]")).as(view).isEmpty();
        }
    }

    @Test
    void theTasksOfTheCaseAndItsCheckInsWorkAsUsual() throws Exception {
        String key = driver.raise();
        driver.triageAs(key, 3, 3);
        driver.complete(key, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        driver.panelDecides(key, "NO_FURTHER_ACTION");
        String update = driver.task(key, ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE).getId();
        String checkIn = driver.task(key, ConcernPathway.TASK_CHECK_IN).getId();

        mvc.perform(get("/tasks/{id}", update).with(caseManager())).andExpect(status().isOk());
        mvc.perform(get("/tasks/{id}", checkIn).with(as("wellbeing", "wellbeing"))).andExpect(status().isOk());
        mvc.perform(post("/tasks/{id}/claim", checkIn).with(as("wellbeing", "wellbeing")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + checkIn));
        assertThat(tasks.createTaskQuery().taskId(checkIn).singleResult().getAssignee()).isEqualTo("wellbeing");
    }

    @Test
    void theTasksOfAProcessAddedLaterForACaseWorkAsUsual() throws Exception {
        String key = driver.raise();
        addedLaterDeployment = deployAProcessAddedLater();
        runtime.startProcessInstanceByKey("added-later", key);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_AddedLater")
                .singleResult().getId();

        Document page = html(mvc.perform(get("/tasks/{id}", taskId).with(caseManager())).andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("A step added later");
        assertThat(page.select("aside.lotus-case-summary").text()).contains(key);
        mvc.perform(post("/tasks/{id}/claim", taskId).with(caseManager()).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId));
    }

    private String deployAProcessAddedLater() {
        BpmnModelInstance addedLater = Bpmn.createExecutableProcess("added-later").camundaHistoryTimeToLive(30)
                .startEvent().userTask("Task_AddedLater").name("A step added later").camundaCandidateGroups("casemanager")
                .camundaFormRef("reply-to-practitioner").camundaFormRefBinding("latest").endEvent().done();
        return repository.createDeployment().addModelInstance("added-later.bpmn", addedLater).deploy().getId();
    }
}
