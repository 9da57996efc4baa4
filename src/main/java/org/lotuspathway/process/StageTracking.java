package org.lotuspathway.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps each case's stage current: a user task that carries the extension property
 * {@code stage} moves its case into that stage when the task is created. Added at parse time,
 * so every deployed version of every diagram gets it without naming a listener in the XML.
 */
@Component
class StageTracking extends AbstractCamundaConfiguration {

    private final StageChanges stages;

    StageTracking(@Lazy StageChanges stages) {
        this.stages = stages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(element);
                String stage = properties == null ? null : properties.get(ConcernPathway.PROPERTY_STAGE);
                if (stage != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
                            task -> stages.enter(task.getExecution().getProcessBusinessKey(), stage));
                }
            }
        });
    }
}
