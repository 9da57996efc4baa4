package org.lotuspathway.process.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotuspathway.security.Roles;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An expression in a diagram reaches the beans on {@link PathwayBeans} and no other. The
 * diagrams here are deployed through the engine directly, past the modeler's checks, as if one
 * had slipped through them.
 */
@PathwayTest
class DiagramExpressionsTests {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    ApplicationContext context;

    String deployment;

    @AfterEach
    void removeTheDiagramAndWhatItMayHaveDone() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
        identity.deleteMembership("lead", Roles.ADMIN);
    }

    @Test
    void aBeanOffTheListCannotBeResolved() {
        List<String> others = List.of("identityService", "processEngineConfigurationImpl", "runtimeService", "dataSource",
                "jdbcTemplate", "auditLog", "concernIntake");
        List<BpmnModelInstance> processes = new ArrayList<>(others.stream()
                .map(bean -> process("reaches-" + bean, "${" + bean + "}")).toList());
        processes.add(process("makes-an-administrator", "${identityService.createMembership('lead','" + Roles.ADMIN + "')}"));
        deploy(processes.toArray(BpmnModelInstance[]::new));

        for (String bean : others) {
            assertThat(context.containsBean(bean)).as("%s is a bean of the application", bean).isTrue();
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("reaches-" + bean))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Cannot resolve identifier '" + bean + "'");
        }
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("makes-an-administrator"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("identityService");
        assertThat(identity.createUserQuery().userId("lead").memberOfGroup(Roles.ADMIN).count()).isZero();
    }

    @Test
    void aBeanOnTheListIsResolved() {
        deploy(process("reaches-deadlines", "${execution.setVariable('due', deadlines.days(1))}"));

        ProcessInstance started = runtime.startProcessInstanceByKey("reaches-deadlines");

        assertThat(runtime.getVariable(started.getId(), "due")).isInstanceOf(Date.class);
    }

    private void deploy(BpmnModelInstance... processes) {
        var builder = repository.createDeployment().name("expression test");
        for (BpmnModelInstance process : processes) {
            builder.addModelInstance(process.getModelElementsByType(Process.class)
                    .iterator().next().getId() + ".bpmn", process);
        }
        deployment = builder.deploy().getId();
    }

    /** Evaluates the expression in a service task, then waits in a user task so the instance can be read. */
    private static BpmnModelInstance process(String key, String expression) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().serviceTask().camundaExpression(expression).userTask().endEvent().done();
    }
}
