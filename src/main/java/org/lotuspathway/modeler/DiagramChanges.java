package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What changed in a diagram, step by step: steps added, removed, renamed, or moved between lanes;
 * ways (sequence flows) added, removed, rewired or given another condition.
 */
final class DiagramChanges {

    private static final Set<String> NOT_STEPS = Set.of("definitions", "process", "extensionElements", "incoming",
            "outgoing", "documentation", "conditionExpression", "timeDate", "timeDuration", "timeCycle", "message",
            "sequenceFlow", "laneSet", "lane", "flowNodeRef", "loopCardinality", "text", "textAnnotation", "association",
            "signal", "error", "escalation", "collaboration", "participant", "messageFlow");

    private record Step(String kind, String name, String lane) {
    }

    private record Way(String name, String from, String to, String condition) {
    }

    private DiagramChanges() {
    }

    static List<String> between(Document before, Document after) {
        Map<String, Step> oldSteps = steps(before);
        Map<String, Step> newSteps = steps(after);
        Map<String, Way> oldWays = ways(before);
        Map<String, Way> newWays = ways(after);
        List<String> changes = new ArrayList<>();
        newSteps.forEach((id, step) -> {
            Step was = oldSteps.get(id);
            if (was == null) {
                changes.add("added the " + ReliedOnStepsStay.words(step.kind()) + " " + describe(id, step.name())
                        + (step.lane() == null ? "" : " in the lane \"" + step.lane() + "\""));
                return;
            }
            if (!was.name().equals(step.name())) {
                changes.add("renamed " + id + " from \"" + was.name() + "\" to \"" + step.name() + "\"");
            }
            if (!was.kind().equals(step.kind())) {
                changes.add("made " + describe(id, step.name()) + " a " + ReliedOnStepsStay.words(step.kind())
                        + " (it was a " + ReliedOnStepsStay.words(was.kind()) + ")");
            }
            if (!Objects.equals(was.lane(), step.lane())) {
                changes.add("moved " + describe(id, step.name()) + " from the lane " + lane(was.lane()) + " to " + lane(step.lane()));
            }
        });
        oldSteps.forEach((id, step) -> {
            if (!newSteps.containsKey(id)) {
                changes.add("removed the " + ReliedOnStepsStay.words(step.kind()) + " " + describe(id, step.name()));
            }
        });
        newWays.forEach((id, way) -> {
            Way was = oldWays.get(id);
            if (was == null) {
                changes.add("added a way " + describeWay(id, way) + " from " + stepName(way.from(), newSteps) + " to "
                        + stepName(way.to(), newSteps));
            } else if (!was.from().equals(way.from()) || !was.to().equals(way.to())) {
                changes.add("rewired the way " + describeWay(id, way) + ": it went from " + stepName(was.from(), oldSteps)
                        + " to " + stepName(was.to(), oldSteps) + ", and now goes from " + stepName(way.from(), newSteps)
                        + " to " + stepName(way.to(), newSteps));
            } else if (!was.condition().equals(way.condition())) {
                changes.add("changed the condition of the way " + describeWay(id, way) + " from "
                        + condition(was.condition()) + " to " + condition(way.condition()));
            }
        });
        oldWays.forEach((id, way) -> {
            if (!newWays.containsKey(id)) {
                changes.add("removed the way " + describeWay(id, way) + " from " + stepName(way.from(), oldSteps) + " to "
                        + stepName(way.to(), oldSteps));
            }
        });
        return changes;
    }

    private static Map<String, Step> steps(Document xml) {
        Map<String, String> laneOf = new LinkedHashMap<>();
        for (Element lane : Dom.byName(xml, Dom.BPMN, "lane")) {
            for (Element ref : Dom.elementsIn(lane, Dom.BPMN, "flowNodeRef")) {
                laneOf.put(Dom.ownText(ref).strip(), lane.getAttribute("name").isBlank() ? lane.getAttribute("id") : lane.getAttribute("name"));
            }
        }
        Map<String, Step> steps = new LinkedHashMap<>();
        for (Element element : Dom.all(xml)) {
            String id = element.getAttribute("id");
            if (Dom.BPMN.equals(element.getNamespaceURI()) && !id.isBlank() && !NOT_STEPS.contains(element.getLocalName())
                    && !element.getLocalName().endsWith("EventDefinition")) {
                steps.put(id, new Step(element.getLocalName(), element.getAttribute("name"), laneOf.get(id)));
            }
        }
        return steps;
    }

    private static Map<String, Way> ways(Document xml) {
        Map<String, Way> ways = new LinkedHashMap<>();
        for (Element flow : Dom.byName(xml, Dom.BPMN, "sequenceFlow")) {
            String condition = Dom.elementsIn(flow, Dom.BPMN, "conditionExpression").stream()
                    .map(c -> Dom.ownText(c).strip()).findFirst().orElse("");
            ways.put(flow.getAttribute("id"), new Way(flow.getAttribute("name"), flow.getAttribute("sourceRef"),
                    flow.getAttribute("targetRef"), condition));
        }
        return ways;
    }

    private static String stepName(String id, Map<String, Step> steps) {
        Step step = steps.get(id);
        return step == null || step.name().isBlank() ? id : "\"" + step.name() + "\"";
    }

    private static String describe(String id, String name) {
        return name == null || name.isBlank() ? id : "\"" + name + "\" (" + id + ")";
    }

    private static String describeWay(String id, Way way) {
        return describe(id, way.name());
    }

    private static String lane(String lane) {
        return lane == null ? "(none)" : "\"" + lane + "\"";
    }

    private static String condition(String condition) {
        return condition.isEmpty() ? "none" : condition;
    }
}
