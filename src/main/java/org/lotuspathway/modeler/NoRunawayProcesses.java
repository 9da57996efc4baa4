package org.lotuspathway.modeler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A process runs only because the pathway started it, and does a bounded amount of work:
 * <ul>
 * <li>A process starts with a plain start event: the pathway starts it when someone raises or asks
 * for something. A timer, message, signal or condition would let it start by itself, or by another
 * process's doing. Inside a running process an event sub-process may start on a timer (the
 * check-ins) or a message (the practitioner's response), which is all the pathway's diagrams use.</li>
 * <li>A step repeated for several instances (multi-instance) says how many with a literal number,
 * {@code loopCardinality} from 1 to {@link #MAX_INSTANCES}; not from an expression or a collection,
 * which an answer on a form could make a million long.</li>
 * <li>No process calls itself, directly or through others (call activities).</li>
 * </ul>
 * Loops within a process are {@link EveryLoopWaits}'s concern.
 */
final class NoRunawayProcesses implements DeploymentCheck {

    /** The most instances a multi-instance step may make. */
    static final int MAX_INSTANCES = 20;

    private static final Set<String> EVENT_SUB_PROCESS_STARTS = Set.of("timerEventDefinition", "messageEventDefinition");

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        Map<String, Set<String>> calls = new HashMap<>();
        Map<String, ModelFile> fileOf = new HashMap<>();
        models.processes().forEach((file, xml) -> {
            checkStartEvents(file, xml, problems);
            checkMultiInstances(file, xml, problems);
            for (Element process : Dom.byName(xml, Dom.BPMN, "process")) {
                String id = process.getAttribute("id");
                fileOf.put(id, file);
                Set<String> called = calls.computeIfAbsent(id, p -> new HashSet<>());
                for (Element call : Dom.elementsIn(process, Dom.BPMN, "callActivity")) {
                    called.add(call.getAttribute("calledElement"));
                }
            }
        });
        for (String process : callingThemselves(calls)) {
            problems.add(Problem.of(fileOf.get(process), process, "The process " + process + " calls itself, directly"
                    + " or through the processes it calls, or calls one that does: it would start new instances for ever"));
        }
    }

    private static void checkStartEvents(ModelFile file, Document xml, List<Problem> problems) {
        for (Element start : Dom.byName(xml, Dom.BPMN, "startEvent")) {
            List<String> definitions = definitionsOf(start);
            boolean inEventSubProcess = start.getParentNode() instanceof Element scope
                    && "subProcess".equals(scope.getLocalName()) && "true".equals(scope.getAttribute("triggeredByEvent"));
            if (inEventSubProcess && (definitions.size() != 1 || !EVENT_SUB_PROCESS_STARTS.contains(definitions.get(0)))) {
                problems.add(Problem.of(file, Dom.idOf(start), "An event sub-process here starts on a timer or a message"
                        + " only, not " + (definitions.isEmpty() ? "on nothing" : String.join(" and ", definitions))));
            } else if (!inEventSubProcess && !definitions.isEmpty()) {
                problems.add(Problem.of(file, Dom.idOf(start), "A process here starts with a plain start event, when the"
                        + " pathway starts it; a start on a " + String.join(" and ", definitions).replace("EventDefinition", "")
                        + " would let it start by itself. Only an event sub-process inside a running process (such as"
                        + " the check-ins') may start on a timer or a message"));
            }
        }
    }

    private static List<String> definitionsOf(Element event) {
        List<String> definitions = new ArrayList<>();
        for (Node child = event.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element definition && (definition.getLocalName().endsWith("EventDefinition")
                    || "eventDefinitionRef".equals(definition.getLocalName()))) {
                definitions.add(definition.getLocalName());
            }
        }
        return definitions;
    }

    private static void checkMultiInstances(ModelFile file, Document xml, List<Problem> problems) {
        for (Element loop : Dom.byName(xml, Dom.BPMN, "multiInstanceLoopCharacteristics")) {
            String id = Dom.idOf(loop);
            if (!Dom.camundaAttribute(loop, "collection").isBlank()
                    || !Dom.camundaAttribute(loop, "elementVariable").isBlank()) {
                problems.add(Problem.of(file, id, "A step repeated for each item of a collection is not allowed: say how"
                        + " many times with a number from 1 to " + MAX_INSTANCES + " (loopCardinality)"));
                continue;
            }
            List<Element> cardinality = Dom.elementsIn(loop, Dom.BPMN, "loopCardinality");
            String count = cardinality.isEmpty() ? "" : Dom.ownText(cardinality.get(0)).strip();
            if (!count.matches("\\d{1,3}") || Integer.parseInt(count) < 1 || Integer.parseInt(count) > MAX_INSTANCES) {
                problems.add(Problem.of(file, id, "A repeated step says how many times with a number from 1 to "
                        + MAX_INSTANCES + " (loopCardinality), not " + (count.isEmpty() ? "nothing" : "\"" + count + "\"")));
            }
        }
    }

    /** The processes on a loop of calls (or between such loops): those that call none left are taken away until none is. */
    private static Set<String> callingThemselves(Map<String, Set<String>> calls) {
        Set<String> left = new HashSet<>(calls.keySet());
        Map<String, Integer> calling = new HashMap<>();
        Map<String, Set<String>> callers = new HashMap<>();
        calls.forEach((process, called) -> called.stream().filter(calls::containsKey)
                .forEach(target -> callers.computeIfAbsent(target, t -> new HashSet<>()).add(process)));
        Deque<String> free = new ArrayDeque<>();
        calls.forEach((process, called) -> {
            int n = (int) called.stream().filter(calls::containsKey).count();
            calling.put(process, n);
            if (n == 0) {
                free.add(process);
            }
        });
        while (!free.isEmpty()) {
            String process = free.poll();
            left.remove(process);
            for (String caller : callers.getOrDefault(process, Set.of())) {
                if (calling.merge(caller, -1, Integer::sum) == 0) {
                    free.add(caller);
                }
            }
        }
        return left;
    }
}
