package org.lotuspathway.modeler;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.lotuspathway.process.engine.PathwayDeployments;
import org.lotuspathway.concern.Stage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the pathway needs of every diagram and decision table: history kept for a set time, a
 * group and an existing form for every user task, a known stage, and every decision table and
 * called process either in this deployment or already deployed.
 */
final class PathwayRules implements DeploymentCheck {

    private final PathwayDeployments deployments;

    PathwayRules(PathwayDeployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        Set<String> formIds = models.formIds();
        Set<String> decisionIds = models.decisionIds();
        Set<String> processIds = models.processIds();
        models.processes().forEach((file, xml) -> {
            checkProcesses(file, xml, problems);
            checkUserTasks(file, xml, formIds, problems);
            checkCalledModels(file, xml, decisionIds, processIds, problems);
        });
        models.decisions().forEach((file, xml) -> {
            for (Element decision : Dom.byName(xml, Dom.DMN, "decision")) {
                if (decision.getAttributeNS(Dom.CAMUNDA_DMN, "historyTimeToLive").isBlank()) {
                    problems.add(Problem.of(file, Dom.idOf(decision), "Set how long history is kept (historyTimeToLive)"));
                }
            }
        });
    }

    private static void checkProcesses(ModelFile file, Document xml, List<Problem> problems) {
        for (Element process : Dom.byName(xml, Dom.BPMN, "process")) {
            if ("true".equals(process.getAttribute("isExecutable"))
                    && Dom.camundaAttribute(process, "historyTimeToLive").isBlank()) {
                problems.add(Problem.of(file, Dom.idOf(process), "Set how long history is kept (historyTimeToLive)"));
            }
        }
    }

    private static void checkUserTasks(ModelFile file, Document xml, Set<String> formIds, List<Problem> problems) {
        for (Element task : Dom.byName(xml, Dom.BPMN, "userTask")) {
            String id = Dom.idOf(task);
            if (Dom.camundaAttribute(task, "candidateGroups").isBlank() && Dom.camundaAttribute(task, "assignee").isBlank()
                    && Dom.camundaAttribute(task, "candidateUsers").isBlank()) {
                problems.add(Problem.of(file, id, "Say which group does this task (candidate groups)"));
            }
            String formRef = Dom.camundaAttribute(task, "formRef");
            if (formRef.isBlank()) {
                problems.add(Problem.of(file, id, "Give the task a form (a form reference)"));
            } else if (!formIds.contains(formRef)) {
                problems.add(Problem.of(file, id, "The form " + formRef + " does not exist"));
            }
            String stage = Dom.extensionProperty(task, "stage");
            if (stage != null && Arrays.stream(Stage.values()).noneMatch(s -> s.name().equals(stage))) {
                problems.add(Problem.of(file, id, "The stage " + stage + " is not one of " + Arrays.toString(Stage.values())));
            }
        }
    }

    private void checkCalledModels(ModelFile file, Document xml, Set<String> decisionIds, Set<String> processIds,
            List<Problem> problems) {
        for (Element rule : Dom.byName(xml, Dom.BPMN, "businessRuleTask")) {
            String decision = Dom.camundaAttribute(rule, "decisionRef");
            if (decision.isBlank()) {
                problems.add(Problem.of(file, Dom.idOf(rule), "Say which decision table this rule uses"));
            } else if (!decisionIds.contains(decision)
                    && !deployments.hasDecision(decision)) {
                problems.add(Problem.of(file, Dom.idOf(rule), "The decision " + decision + " does not exist"));
            }
        }
        for (Element call : Dom.byName(xml, Dom.BPMN, "callActivity")) {
            String called = call.getAttribute("calledElement");
            if (!processIds.contains(called)
                    && !deployments.hasProcess(called)) {
                problems.add(Problem.of(file, Dom.idOf(call), "The process " + called + " does not exist"));
            }
        }
    }
}
