package org.lotuspathway.modeler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Modelling rules worth a lead's attention: a decision without a default way out, a choice whose
 * ways are not named, and a step that leads nowhere.
 */
final class ModellingRules implements DeploymentCheck {

    private static final Set<String> CHOICES = Set.of("exclusiveGateway", "inclusiveGateway");
    private static final Set<String> MAY_END_HERE = Set.of("endEvent", "subProcess", "boundaryEvent");
    private static final Set<String> FLOW_NODES = Set.of("task", "userTask", "serviceTask", "sendTask", "receiveTask",
            "manualTask", "businessRuleTask", "callActivity", "exclusiveGateway", "inclusiveGateway", "parallelGateway",
            "eventBasedGateway", "startEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent");

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.processes().forEach((file, xml) -> check(file, xml, problems));
    }

    private static void check(ModelFile file, Document xml, List<Problem> problems) {
        Map<String, Element> byId = new HashMap<>();
        for (Element element : Dom.all(xml)) {
            byId.putIfAbsent(element.getAttribute("id"), element);
        }
        Map<String, Integer> outgoing = new HashMap<>();
        for (Element flow : Dom.byName(xml, Dom.BPMN, "sequenceFlow")) {
            outgoing.merge(flow.getAttribute("sourceRef"), 1, Integer::sum);
        }
        for (Element flow : Dom.byName(xml, Dom.BPMN, "sequenceFlow")) {
            Element source = byId.get(flow.getAttribute("sourceRef"));
            if (source != null && CHOICES.contains(source.getLocalName())
                    && outgoing.getOrDefault(source.getAttribute("id"), 0) > 1 && flow.getAttribute("name").isBlank()) {
                problems.add(Problem.of(file, flow.getAttribute("id"),
                        "Name this way out of \"" + nameOf(source) + "\", so people can read the choice"));
            }
        }
        for (Element element : Dom.all(xml)) {
            String local = element.getLocalName();
            if (!Dom.BPMN.equals(element.getNamespaceURI()) || !FLOW_NODES.contains(local)) {
                continue;
            }
            String id = element.getAttribute("id");
            int ways = outgoing.getOrDefault(id, 0);
            if (CHOICES.contains(local) && ways > 1 && element.getAttribute("default").isBlank()) {
                problems.add(Problem.of(file, id, "Give \"" + nameOf(element)
                        + "\" a default way out, for when no condition holds"));
            }
            if (ways == 0 && !MAY_END_HERE.contains(local)) {
                problems.add(Problem.of(file, id, "\"" + nameOf(element) + "\" leads nowhere: connect it, or end the path with an end event"));
            }
        }
    }

    private static String nameOf(Element element) {
        String name = element.getAttribute("name");
        return name.isBlank() ? element.getAttribute("id") : name;
    }
}
