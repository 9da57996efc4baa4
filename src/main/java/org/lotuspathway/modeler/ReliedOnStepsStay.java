package org.lotuspathway.modeler;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.lotuspathway.forms.FormSchema;
import org.lotuspathway.process.ReliedOn;
import org.lotuspathway.process.ReliedOnStep;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The steps the application's features rely on stay, as they rely on them ({@link ReliedOn}: each
 * feature lists its own): the step is there and of its kind, keeps the listener that records it,
 * its form asks for every answer the listener reads, a boundary event stays on its step with its
 * timer, a call or rule task calls what it called, and a step that must come after another comes
 * after it on every way on (any one branch of a parallel gateway will do). Each problem names the
 * step and says what would stop working.
 */
final class ReliedOnStepsStay implements DeploymentCheck {

    private final List<ReliedOnStep> steps;

    ReliedOnStepsStay(List<ReliedOn> features) {
        this.steps = features.stream().flatMap(feature -> feature.steps().stream()).toList();
    }

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        Map<String, ModelFile> fileOfProcess = new HashMap<>();
        Map<String, Document> xmlOfProcess = new HashMap<>();
        models.processes().forEach((file, xml) -> Dom.byName(xml, Dom.BPMN, "process").forEach(process -> {
            fileOfProcess.put(process.getAttribute("id"), file);
            xmlOfProcess.put(process.getAttribute("id"), xml);
        }));
        Map<String, Set<String>> formKeys = new HashMap<>();
        models.forms().forEach((file, form) -> formKeys.put(form.path("id").asText(""), keysOf(form)));
        for (ReliedOnStep step : steps) {
            ModelFile file = fileOfProcess.get(step.processId());
            if (file != null) {
                problemWith(step, xmlOfProcess.get(step.processId()), formKeys).ifPresent(problem -> problems.add(
                        Problem.of(file, step.elementId(), "\"" + step.name() + "\" (" + step.elementId() + ") " + problem
                                + ". What would stop working: " + step.feature())));
            }
        }
    }

    private static Optional<String> problemWith(ReliedOnStep step, Document xml, Map<String, Set<String>> formKeys) {
        Element element = byId(xml, step.elementId());
        if (element == null) {
            return Optional.of("is gone, and the application relies on it");
        }
        if (!step.kind().equals(element.getLocalName())) {
            return Optional.of("is no longer a " + words(step.kind()) + " but a " + words(element.getLocalName()));
        }
        if (step.listener() != null && !hasListener(element, step.listener())) {
            return Optional.of("no longer has its listener ${" + step.listener() + "}, which records it");
        }
        if (!step.answerKeys().isEmpty()) {
            String form = Dom.camundaAttribute(element, "formRef");
            List<String> missing = step.answerKeys().stream()
                    .filter(key -> !formKeys.getOrDefault(form, Set.of()).contains(key)).toList();
            if (formKeys.containsKey(form) && !missing.isEmpty()) {
                return Optional.of("has the form " + form + ", which no longer asks for " + String.join(", ", missing)
                        + " (${" + step.listener() + "} reads " + (missing.size() == 1 ? "it" : "them") + ")");
            }
        }
        if (step.attachedTo() != null && !step.attachedTo().equals(element.getAttribute("attachedToRef"))) {
            return Optional.of("is no longer attached to " + step.attachedTo());
        }
        if (step.timer() && !hasChild(element, "timerEventDefinition")) {
            return Optional.of("no longer has its timer");
        }
        if (step.calls() != null) {
            String called = "callActivity".equals(step.kind()) ? element.getAttribute("calledElement")
                    : Dom.camundaAttribute(element, "decisionRef");
            if (!step.calls().equals(called)) {
                return Optional.of("no longer calls " + step.calls() + (called.isBlank() ? "" : " but " + called));
            }
        }
        if (step.after() != null && byId(xml, step.after()) != null
                && !new Reach(xml, step.elementId()).alwaysReachedFrom(step.after())) {
            return Optional.of("no longer comes after " + step.after() + " on every way on from it");
        }
        return Optional.empty();
    }

    /** Every form key in the form, at any depth. */
    private static Set<String> keysOf(JsonNode form) {
        try {
            return new HashSet<>(FormSchema.parse(form).keys());
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }

    private static boolean hasListener(Element element, String bean) {
        for (String kind : List.of("taskListener", "executionListener")) {
            for (Element listener : Dom.elementsIn(element, Dom.CAMUNDA, kind)) {
                if (listener.getAttribute("delegateExpression").replace(" ", "").equals("${" + bean + "}")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasChild(Element element, String localName) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    static Element byId(Document xml, String id) {
        for (Element element : Dom.all(xml)) {
            if (Dom.BPMN.equals(element.getNamespaceURI()) && id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }

    /** "userTask" as "user task". */
    static String words(String kind) {
        return kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether every way on from a step reaches the target before any other person's step or an end:
     * past an exclusive choice every way must, past a parallel split one way is enough, and so is
     * a flow without a condition leaving a step (the engine always takes it, whatever else it takes).
     */
    private static final class Reach {

        private final Map<String, List<String>> next = new HashMap<>();
        private final Map<String, List<String>> alwaysTaken = new HashMap<>();
        private final Map<String, String> kinds = new HashMap<>();
        private final Map<String, Boolean> known = new HashMap<>();
        private final String target;

        Reach(Document xml, String target) {
            this.target = target;
            for (Element flow : Dom.byName(xml, Dom.BPMN, "sequenceFlow")) {
                next.computeIfAbsent(flow.getAttribute("sourceRef"), s -> new java.util.ArrayList<>())
                        .add(flow.getAttribute("targetRef"));
                if (flow.getElementsByTagNameNS(Dom.BPMN, "conditionExpression").getLength() == 0) {
                    alwaysTaken.computeIfAbsent(flow.getAttribute("sourceRef"), s -> new java.util.ArrayList<>())
                            .add(flow.getAttribute("targetRef"));
                }
            }
            for (Element element : Dom.all(xml)) {
                if (Dom.BPMN.equals(element.getNamespaceURI()) && !element.getAttribute("id").isBlank()) {
                    kinds.putIfAbsent(element.getAttribute("id"), element.getLocalName());
                }
            }
        }

        boolean alwaysReachedFrom(String start) {
            List<String> ways = next.getOrDefault(start, List.of());
            return !ways.isEmpty() && (ways.stream().allMatch(this::reaches) || anAlwaysTakenWayReaches(start));
        }

        /** Past a step that is not a gateway, a flow without a condition is taken whatever else is. */
        private boolean anAlwaysTakenWayReaches(String node) {
            return !kinds.getOrDefault(node, "").endsWith("Gateway")
                    && alwaysTaken.getOrDefault(node, List.of()).stream().anyMatch(this::reaches);
        }

        private boolean reaches(String node) {
            if (node.equals(target)) {
                return true;
            }
            if (known.containsKey(node)) {
                return known.get(node);
            }
            known.put(node, false); // a loop back here does not reach the target by itself
            String kind = kinds.getOrDefault(node, "");
            List<String> ways = next.getOrDefault(node, List.of());
            boolean reached;
            if ("userTask".equals(kind) || ways.isEmpty()) {
                reached = false;
            } else if ("parallelGateway".equals(kind)) {
                reached = ways.stream().anyMatch(this::reaches);
            } else {
                reached = ways.stream().allMatch(this::reaches) || anAlwaysTakenWayReaches(node);
            }
            known.put(node, reached);
            return reached;
        }
    }
}
