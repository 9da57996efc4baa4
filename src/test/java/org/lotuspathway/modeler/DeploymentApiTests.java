package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The deploy path as an API: the same checks, 201 with the new versions or 422 with every problem. */
@PathwayTest
class DeploymentApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void aDiagramSavedByCamundaModelerIsOpenedDeployedAndRuns() throws Exception {
        String saved = new String(new ClassPathResource("modeler/peer-support-call.bpmn").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);

        mvc.perform(multipart("/api/deployments").file(file("peer-support-call.bpmn", saved))
                        .param("comment", "A peer support call, drawn in Camunda Modeler").with(as("lead", "lead")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[?(@.key == 'peer-support-call')].version").value(1));

        String opened = mvc.perform(get("/modeler/edit").param("file", "processes/peer-support-call.bpmn")
                .with(as("lead", "lead"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(opened).select("#model-source").text()).contains("BPMNShape", "exporter=\"Camunda Modeler\"");

        ProcessInstance call = runtime.startProcessInstanceByKey("peer-support-call", "PEER-1");
        String taskId = tasks.createTaskQuery().processInstanceId(call.getId()).singleResult().getId();
        tasks.complete(taskId);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(call.getId()).count()).isZero();
    }

    @Test
    void problemsAnswer422AndNothingIsDeployed() throws Exception {
        long before = repository.createDeploymentQuery().count();

        mvc.perform(multipart("/api/deployments").file(file("hostile.bpmn", HostileModels.SCRIPT_TASK))
                        .file(file("careless.bpmn", HostileModels.MISSING_FORM)).param("comment", "Trying")
                        .with(as("lead", "lead")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.file == 'processes/hostile.bpmn')].message",
                        org.hamcrest.Matchers.hasItem("Script tasks are not allowed: they would run code on the server")))
                .andExpect(jsonPath("$.problems[?(@.file == 'processes/hostile.bpmn')].elementId",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Step_1"))))
                .andExpect(jsonPath("$.problems[?(@.file == 'processes/careless.bpmn')].message",
                        org.hamcrest.Matchers.hasItem("The form no-such-form does not exist")));

        mvc.perform(multipart("/api/deployments").file(file("peer.bpmn", "<not xml")).with(as("lead", "lead")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.message == 'Say why you are deploying a new version')]").exists());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aTwentyMegabyteUploadIsRefusedWithAClearAnswer() throws Exception {
        long before = repository.createDeploymentQuery().count();
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');

        mvc.perform(multipart("/api/deployments").file(new MockMultipartFile("files", "huge.bpmn", "application/xml", huge))
                        .param("comment", "Too big").with(as("lead", "lead")))
                .andExpect(status().is4xxClientError());
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void onlyLeadsAndAdministratorsDeploy() throws Exception {
        MockMultipartFile form = file("peer.bpmn", HostileModels.MISSING_FORM);
        mvc.perform(multipart("/api/deployments").file(form)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/deployments").file(form).with(as("casemanager", "casemanager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/modeler").with(as("casemanager", "casemanager"))).andExpect(status().isForbidden());
        mvc.perform(get("/modeler").with(as("admin", "camunda-admin"))).andExpect(status().isOk());
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "application/xml", content.getBytes(StandardCharsets.UTF_8));
    }

}
