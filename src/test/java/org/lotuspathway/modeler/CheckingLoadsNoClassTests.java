package org.lotuspathway.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checking a diagram decides from its text alone: a class it names is refused without ever being
 * loaded, let alone made (issue 13: Camunda's parser made a lead's form handler while the check
 * was still deciding).
 */
@PathwayTest
class CheckingLoadsNoClassTests {

    private static final String TRAP = "org.lotuspathway.modeler.LeavesATrace";

    @Autowired
    ModelDeployments deployments;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    static List<Arguments> namingTheTrap() {
        return List.of(
                Arguments.of("start form handler", HostileModels.startingWith("trap-start-form",
                        "camunda:formHandlerClass=\"" + TRAP + "\"")),
                Arguments.of("start form handler in Activiti's namespace", HostileModels.startingWith("trap-activiti-form",
                        "activiti:formHandlerClass=\"" + TRAP + "\"")),
                Arguments.of("task form handler", HostileModels.process("trap-task-form", """
                        <bpmn:userTask id="Step_1" name="Fill in" camunda:candidateGroups="casemanager" camunda:formRef="local-resolution"
                            camunda:formRefBinding="deployment" camunda:formHandlerClass="%s">
                          <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                        </bpmn:userTask>""".formatted(TRAP))),
                Arguments.of("service task class", HostileModels.process("trap-delegate", """
                        <bpmn:serviceTask id="Step_1" name="Run" camunda:class="%s">
                          <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                        </bpmn:serviceTask>""".formatted(TRAP))),
                Arguments.of("execution listener class", HostileModels.lookingTask("trap-listener",
                        "<camunda:executionListener class=\"" + TRAP + "\" event=\"start\" />")),
                Arguments.of("variable mapping class", HostileModels.process("trap-mapping", """
                        <bpmn:callActivity id="Step_1" name="Call" calledElement="wellbeing-check-in" camunda:variableMappingClass="%s">
                          <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
                        </bpmn:callActivity>""".formatted(TRAP))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namingTheTrap")
    void aDiagramNamingAClassIsRefusedAndTheClassIsNeverLoaded(String what, String xml) {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        List<ModelFile> files = List.of(new ModelFile("processes/trap.bpmn", xml));

        List<Problem> checked = deployments.check(files);
        ModelDeployments.Outcome deployed = deployments.deploy(files, "Trying a " + what, "lead");

        assertThat(checked).anySatisfy(p -> assertThat(p.message()).contains("would run any Java class"));
        assertThat(deployed.deployed()).isFalse();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(Traces.of(TRAP)).isEmpty();
    }

    /** The trap is real: Camunda's parser, handed such a file, makes the class it names. */
    @Test
    void theEnginesParserWouldHaveMadeTheClass() {
        String xml = HostileModels.startingWith("trap-control", "camunda:formHandlerClass=\"" + AlsoLeavesATrace.NAME + "\"");

        try {
            engine.getCommandExecutorTxRequiresNew().execute(context -> {
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("control");
                new BpmnParser(engine.getExpressionManager(), engine.getBpmnParseFactory()).createParse()
                        .sourceString(xml).deployment(deployment).name("trap-control.bpmn").execute();
                return null;
            });
        } catch (RuntimeException notAFormHandler) {
            // It is made before the engine finds it is no form handler.
        }

        assertThat(Traces.of(AlsoLeavesATrace.NAME)).contains(AlsoLeavesATrace.NAME + " constructed");
    }
}
