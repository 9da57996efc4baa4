package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.lotuspathway.support.Pages.as;
import static org.lotuspathway.support.Pages.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.nodes.Document;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Cases waiting at several steps of one version move to the next; a case at a removed step stays, with the reason. */
@PathwayTest
class CaseMigrationTests {

    static final String PATHWAY = "processes/concern-pathway.bpmn";

    @Autowired
    PathwayDriver driver;
    @Autowired
    PathwayVersions versions;
    @Autowired
    ModelDeployments deployments;
    @Autowired
    CaseMigrations migrations;
    @Autowired
    ProcessEngine engine;
    @Autowired
    org.lotuspathway.audit.AuditLog audit;
    @Autowired
    MockMvc mvc;

    List<ModelFile> baseline;

    @BeforeEach
    void keepTheBaseline() {
        BpmnAwareTests.init(engine);
        baseline = versions.baseline();
    }

    @AfterEach
    void putTheBaselineBack() {
        versions.restore(baseline);
    }

    @Test
    void casesMoveToTheNewVersionUnlessTheirStepIsGone() throws Exception {
        String atTriage = driver.raise();
        String atInvestigation = driver.raise();
        driver.triageAs(atInvestigation, 3, 3);
        String atPanel = driver.raise();
        driver.triageAs(atPanel, 3, 3);
        driver.complete(atPanel, ConcernPathway.TASK_GATHER_INFORMATION, "investigation", "casemanager", Map.of());
        String atLocalResolution = driver.raise();
        driver.triageAs(atLocalResolution, 1, 2);

        ModelDeployments.Outcome v2 = deployments.deploy(List.of(withoutLocalResolution()),
                "Low risks go straight to the review", "lead");
        assertThat(v2.problems()).isEmpty();

        CaseMigrations.Preview preview = migrations.preview(ConcernPathway.ID);
        assertThat(preview.candidates()).filteredOn(c -> List.of(atTriage, atInvestigation, atPanel).contains(c.businessKey()))
                .hasSize(3).allMatch(CaseMigrations.Candidate::movable);
        assertThat(preview.candidates()).filteredOn(c -> c.businessKey().equals(atLocalResolution)).singleElement()
                .satisfies(c -> assertThat(c.whyNot()).isEqualTo("it is waiting at \"Agree a local resolution with the"
                        + " practitioner\", which version " + preview.target().version() + " does not have"));
        Document page = html(mvc.perform(get("/modeler/migrations").with(as("lead", "lead"))).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".lotus-candidate").text()).contains("\"Gather information and investigate\"",
                "\"Record the PAG/PSG discussion\"").doesNotContain("Task_");
        long staying = preview.candidates().stream().filter(c -> !c.movable()).count(); // other tests' cases too
        assertThat(page.select(".lotus-staying").text()).contains(staying + " case(s) cannot move", atLocalResolution
                + ": it is waiting at \"Agree a local resolution with the practitioner\"");

        migrations.moveAll(ConcernPathway.ID, "lead");

        String newest = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ConcernPathway.ID).latestVersion().singleResult().getId();
        for (String moved : List.of(atTriage, atInvestigation, atPanel)) {
            assertThat(driver.pathway(moved).getProcessDefinitionId()).as(moved).isEqualTo(newest);
        }
        assertThat(driver.pathway(atLocalResolution).getProcessDefinitionId()).isNotEqualTo(newest);
        assertThat(driver.pathway(atPanel)).isWaitingAt(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
        driver.panelDecides(atPanel, "NO_FURTHER_ACTION");
        assertThat(driver.pathway(atPanel)).isWaitingAt(ConcernPathway.TASK_SEND_PRACTITIONER_UPDATE);
        assertThat(audit.search(new org.lotuspathway.audit.AuditFilter(atPanel, null, null, null, 0)).getContent())
                .anySatisfy(event -> assertThat(event.action()).isEqualTo(org.lotuspathway.audit.AuditAction.MOVED_TO_NEW_VERSION));
        // any, not first: the other test's move may read a later instant, each test's clock starting at the same one
        assertThat(migrations.recentMoves()).anySatisfy(move -> {
            assertThat(move.movedBy()).isEqualTo("lead");
            assertThat(move.detail()).contains(atLocalResolution + " stays");
        });
    }

    /**
     * A case can fail the engine's own checks when it moves, though the preview could not tell: here
     * one waits after a step (asyncAfter) to take a way out the new version does not have. The page still
     * answers, the other case really moves and stays moved, and the count says what happened.
     */
    @Test
    void aCaseTheEngineRefusesStaysWhileTheOthersReallyMove() throws Exception {
        List<String> deploymentIds = new java.util.ArrayList<>();
        try {
            deploymentIds.add(deployDirectly(moveCheck(false)));
            var waitingAfterStep = engine.getRuntimeService().startProcessInstanceByKey("move-check", "MOVE-A");
            var atTask = engine.getRuntimeService().startProcessInstanceByKey("move-check", "MOVE-B");
            var job = engine.getManagementService().createJobQuery().processInstanceId(atTask.getId()).singleResult();
            engine.getManagementService().executeJob(job.getId());
            deploymentIds.add(deployDirectly(moveCheck(true)));
            String newest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("move-check")
                    .latestVersion().singleResult().getId();

            mvc.perform(get("/modeler/migrations").param("process", "move-check").with(as("lead", "lead")))
                    .andExpect(status().isOk());
            mvc.perform(post("/modeler/migrations").param("process", "move-check").with(as("lead", "lead")).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("message", "1 case(s) moved to version 2 of move-check; 1 could not move"
                            + " (the reasons are under Recent moves)."));

            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(atTask.getId())
                    .singleResult().getProcessDefinitionId()).isEqualTo(newest);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(waitingAfterStep.getId())
                    .singleResult().getProcessDefinitionId()).isNotEqualTo(newest);
            assertThat(migrations.recentMoves()).anySatisfy(move -> {
                assertThat(move.casesMoved()).isEqualTo(1);
                assertThat(move.casesLeft()).isEqualTo(1);
                assertThat(move.detail()).contains("MOVE-A could not move from version 1", "Moved from version 1: MOVE-B");
            });
            String page = mvc.perform(get("/modeler/migrations").param("process", "move-check").with(as("lead", "lead")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("MOVE-A could not move");
        } finally {
            deploymentIds.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
        }
    }

    private String deployDirectly(String bpmn) {
        return engine.getRepositoryService().createDeployment().name("move-check")
                .addString("move-check.bpmn", bpmn).deploy().getId();
    }

    /**
     * Start, a step with asyncAfter, a user task. In version 2 the step has two ways out and neither
     * has the old one's id, so a case waiting to leave the step cannot be told which to take.
     */
    private static String moveCheck(boolean changedWaysOut) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="https://example.org">
                  <bpmn:process id="move-check" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="StartEvent_1" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Step_1" />
                    <bpmn:task id="Step_1" camunda:asyncAfter="true" />
                    <bpmn:sequenceFlow id="%s" sourceRef="Step_1" targetRef="Task_Wait" />
                    %s
                    <bpmn:userTask id="Task_Wait" />
                    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Wait" targetRef="EndEvent_1" />
                    <bpmn:endEvent id="EndEvent_1" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(changedWaysOut ? "Flow_Renamed" : "Flow_2", changedWaysOut ? """
                <bpmn:sequenceFlow id="Flow_Extra" sourceRef="Step_1" targetRef="EndEvent_2" />
                <bpmn:endEvent id="EndEvent_2" />""" : "");
    }

    /** Version 2: the low route goes straight to the review; "Agree a local resolution" is gone. */
    private ModelFile withoutLocalResolution() {
        String xml = versions.live(PATHWAY).content()
                .replace("targetRef=\"Task_AgreeLocalResolution\"", "targetRef=\"Gateway_JoinToReview\"")
                .replaceAll("(?s)<bpmn:userTask id=\"Task_AgreeLocalResolution\".*?</bpmn:userTask>", "")
                .replaceAll("<bpmn:sequenceFlow id=\"Flow_LocalResolutionToReview\"[^>]*/>", "")
                .replace("<bpmn:incoming>Flow_LocalResolutionToReview</bpmn:incoming>", "<bpmn:incoming>Flow_RouteLow</bpmn:incoming>")
                .replaceAll("(?s)<bpmndi:BPMNShape id=\"Task_AgreeLocalResolution_di\".*?</bpmndi:BPMNShape>", "")
                .replaceAll("(?s)<bpmndi:BPMNEdge id=\"Flow_LocalResolutionToReview_di\".*?</bpmndi:BPMNEdge>", "");
        return new ModelFile(PATHWAY, xml);
    }

    /** Issue 18: the API says what a new decision table decides differently, as the modeler's page does. */
    @Test
    void theApiSaysWhichTriagesTheNewTableDecidesDifferently() throws Exception {
        String table = "processes/triage-risk.dmn";
        String lowered = versions.live(table).content().replace("<text>&gt;= 15</text>", "<text>&gt;= 12</text>");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/deployments")
                        .file(new org.springframework.mock.web.MockMultipartFile("files", "triage-risk.dmn", "application/xml",
                                lowered.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("comment", "The red zone starts at 12").with(as("lead", "lead")))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decidedDifferently.length()").value(6))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decidedDifferently[0].decisionKey")
                        .value("triage-risk"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decidedDifferently[0].before.riskBand")
                        .value("MODERATE"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.decidedDifferently[0].after.riskBand")
                        .value("HIGH"));
    }
}
