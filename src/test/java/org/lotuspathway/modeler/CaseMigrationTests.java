package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.support.PathwayDriver;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Cases waiting at several steps of one version move to the next; a case at a removed step stays, with the reason. */
@PathwayTest
@Import(PathwayVersions.class)
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
    void casesMoveToTheNewVersionUnlessTheirStepIsGone() {
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
                .satisfies(c -> assertThat(c.whyNot()).contains(ConcernPathway.TASK_AGREE_LOCAL_RESOLUTION));

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
        assertThat(migrations.recentMoves()).first().satisfies(move -> {
            assertThat(move.movedBy()).isEqualTo("lead");
            assertThat(move.detail()).contains(atLocalResolution + " stays");
        });
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
}
