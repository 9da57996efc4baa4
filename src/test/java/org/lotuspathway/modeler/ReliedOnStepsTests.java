package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import org.lotuspathway.common.SafeXml;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The steps the application's features rely on stay as they rely on them, or the lead is told which
 * feature would stop working (issue 18).
 */
@PathwayTest
class ReliedOnStepsTests {

    static final String PATHWAY = "processes/concern-pathway.bpmn";

    @Autowired
    ModelDeployments deployments;
    @Autowired
    PathwayVersions versions;
    @Autowired
    List<ReliedOn> features;

    private List<Problem> check(String file, String content) {
        return deployments.check(List.of(new ModelFile(file, content)));
    }

    @TestFactory
    Stream<DynamicTest> deletingEachReliedOnStepIsRefusedSayingWhatWouldStopWorking() {
        return features.stream().flatMap(feature -> feature.steps().stream()).map(step -> DynamicTest.dynamicTest(
                step.elementId(), () -> {
                    ModelFile file = fileOf(step);
                    String without = withoutElement(file.content(), step.elementId());

                    assertThat(check(file.name(), without)).anySatisfy(problem -> {
                        assertThat(problem.elementId()).isEqualTo(step.elementId());
                        assertThat(problem.message()).startsWith("\"" + step.name() + "\" (" + step.elementId()
                                + ") is gone, and the application relies on it. What would stop working: " + step.feature());
                    });
                }));
    }

    /** As issue 18 found it: the editor reconnects the arrows, and the diagram is otherwise sound. */
    @Test
    void deletingThePanelDiscussionWithTheArrowsReconnectedIsRefused() {
        String live = versions.live(PATHWAY).content();
        String reconnected = withoutElement(live
                .replace("<bpmn:sequenceFlow id=\"Flow_ToPanel\" sourceRef=\"Gateway_JoinToPanel\" targetRef=\"Task_HoldPanelDiscussion\"",
                        "<bpmn:sequenceFlow id=\"Flow_ToPanel\" sourceRef=\"Gateway_JoinToPanel\" targetRef=\"Gateway_AfterPanel\"")
                .replace("<bpmn:incoming>Flow_ToAfterPanel</bpmn:incoming>", "<bpmn:incoming>Flow_ToPanel</bpmn:incoming>"),
                ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);

        assertThat(check(PATHWAY, reconnected)).singleElement().satisfies(problem -> {
            assertThat(problem.elementId()).isEqualTo(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
            assertThat(problem.message()).isEqualTo("\"Record the PAG/PSG discussion\" (Task_HoldPanelDiscussion) is gone, and the"
                    + " application relies on it. What would stop working: the panel: its discussions and decisions would not be"
                    + " recorded, and no case would move on from it");
        });
    }

    @Test
    void whatAStepReliesOnStaysWithIt() {
        String live = versions.live(PATHWAY).content();

        assertThat(check(PATHWAY, live.replace("<camunda:taskListener delegateExpression=\"${recordPanelDiscussion}\" event=\"complete\" />", "")))
                .anySatisfy(p -> assertThat(p.message()).contains("(Task_HoldPanelDiscussion) no longer has its listener"
                        + " ${recordPanelDiscussion}, which records it. What would stop working: the panel"));
        assertThat(check(PATHWAY, live.replace("attachedToRef=\"Task_SendPractitionerUpdate\"", "attachedToRef=\"Task_CloseCase\"")))
                .anySatisfy(p -> assertThat(p.message()).contains("(Boundary_UpdateLate) is no longer attached to Task_SendPractitionerUpdate"));
        assertThat(check(PATHWAY, live.replace("calledElement=\"wellbeing-check-in\"", "calledElement=\"practitioner-check-due\"")))
                .anySatisfy(p -> assertThat(p.message()).contains("no longer calls wellbeing-check-in but practitioner-check-due"));
        assertThat(check(PATHWAY, live.replace("<bpmn:parallelGateway id=\"Gateway_AfterPanel\"", "<bpmn:exclusiveGateway id=\"Gateway_AfterPanel\"")
                .replace("</bpmn:parallelGateway>", "</bpmn:exclusiveGateway>")))
                .anySatisfy(p -> assertThat(p.message()).contains(
                        "(Task_SendPractitionerUpdate) no longer comes after Task_HoldPanelDiscussion on every way on from it"));
    }

    /** Triage takes a side way to a check-in when the practitioner may be vulnerable, and always the way to the risk. */
    @Test
    void aStepsWayWithoutAConditionIsAlwaysTakenWhateverItsSideWaysDo() {
        String live = versions.live(PATHWAY).content();
        assertThat(live).contains("sourceRef=\"Task_TriageConcern\" targetRef=\"Call_CheckInAtTriage\"");

        assertThat(check(PATHWAY, live)).isEmpty();
        String onlySometimes = live.replace(
                "<bpmn:sequenceFlow id=\"Flow_ToStratifyRisk\" sourceRef=\"Task_TriageConcern\" targetRef=\"Rule_StratifyRisk\" />",
                "<bpmn:sequenceFlow id=\"Flow_ToStratifyRisk\" sourceRef=\"Task_TriageConcern\" targetRef=\"Rule_StratifyRisk\">"
                        + "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${wellbeingConcern == false}</bpmn:conditionExpression>"
                        + "</bpmn:sequenceFlow>");
        assertThat(check(PATHWAY, onlySometimes)).anySatisfy(p -> assertThat(p.message())
                .contains("(Rule_StratifyRisk) no longer comes after Task_TriageConcern on every way on from it"));
    }

    @Test
    void aFormThatNoLongerAsksWhatTheListenerReadsIsRefused() {
        String form = versions.live("forms/panel-discussion.form").content().replace("\"key\": \"decision\"", "\"key\": \"outcome\"");

        assertThat(check("forms/panel-discussion.form", form)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(PATHWAY);
            assertThat(p.elementId()).isEqualTo(ConcernPathway.TASK_HOLD_PANEL_DISCUSSION);
            assertThat(p.message()).contains("has the form panel-discussion, which no longer asks for decision"
                    + " (${recordPanelDiscussion} reads it)");
        });
    }

    private ModelFile fileOf(ReliedOnStep step) {
        return versions.live("processes/" + step.processId() + ".bpmn");
    }

    /** The diagram without the element, the flows into and out of it, and its drawing. */
    static String withoutElement(String xml, String id) {
        try {
            Document document = SafeXml.parse(xml);
            for (Element element : Dom.all(document)) {
                boolean itself = id.equals(element.getAttribute("id"));
                boolean flow = "sequenceFlow".equals(element.getLocalName())
                        && (id.equals(element.getAttribute("sourceRef")) || id.equals(element.getAttribute("targetRef")));
                boolean drawing = id.equals(element.getAttribute("bpmnElement"));
                if ((itself || flow || drawing) && element.getParentNode() != null) {
                    element.getParentNode().removeChild(element);
                }
            }
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
