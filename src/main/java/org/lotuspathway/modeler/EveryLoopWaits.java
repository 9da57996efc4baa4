package org.lotuspathway.modeler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every loop in a diagram's flow waits somewhere: at a user task, a receive task, a message or
 * timer catch event, or a step marked asynchronous (camunda:asyncBefore/asyncAfter). The engine
 * runs a process without pause from one wait to the next, in one transaction; a loop with no wait
 * on it would never end, holding a database transaction and a thread for ever.
 *
 * <p>Read from the text as a graph: the sequence flows; a boundary event as a way out of the step it
 * is attached to; a sub-process as its way in to its first steps and its way out from its last ones;
 * a link event's throw as a flow to its catch. The steps that wait are taken out; whatever loop is
 * left is refused, naming its steps. (The graph is walked without recursion, whatever its size.)
 */
final class EveryLoopWaits implements DeploymentCheck {

    private static final Set<String> WAITING_TASKS = Set.of("userTask", "receiveTask");
    private static final Set<String> WAITING_DEFINITIONS = Set.of("messageEventDefinition", "timerEventDefinition");
    private static final Set<String> SCOPES = Set.of("subProcess", "transaction", "adHocSubProcess");
    /** Where a sub-process's flow goes on from, once its inside is done. */
    private static final String DONE = "#done";

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.processes().forEach((file, xml) -> check(file, xml, problems));
    }

    private static void check(ModelFile file, Document xml, List<Problem> problems) {
        Map<String, Element> nodes = flowNodes(xml);
        Map<String, Set<String>> edges = edges(xml, nodes);
        Set<String> waits = new HashSet<>();
        nodes.forEach((id, node) -> {
            if (waits(node)) {
                waits.add(id);
                waits.add(id + DONE);
            }
        });
        Set<String> looping = onLoops(edges, waits);
        Set<String> reported = new HashSet<>();
        for (String id : nodes.keySet()) {
            if (looping.contains(id) && !reported.contains(id)) {
                List<String> loop = connected(id, edges, looping);
                reported.addAll(loop);
                List<String> names = loop.stream().filter(nodes::containsKey).map(step -> nameOf(nodes.get(step))).toList();
                problems.add(Problem.of(file, id, "The loop through " + String.join(", ", names.subList(0, Math.min(6, names.size())))
                        + (names.size() > 6 ? " and " + (names.size() - 6) + " more" : "")
                        + " never waits: put a user task, a message or timer event, or an asynchronous step on it,"
                        + " or it would run for ever"));
            }
        }
    }

    /** Every flow node with an id, in document order. */
    private static Map<String, Element> flowNodes(Document xml) {
        Map<String, Element> nodes = new LinkedHashMap<>();
        for (Element element : Dom.all(xml)) {
            String local = element.getLocalName();
            if (Dom.BPMN.equals(element.getNamespaceURI()) && !element.getAttribute("id").isBlank()
                    && (local.endsWith("Task") || local.endsWith("Event") || local.endsWith("Gateway")
                    || SCOPES.contains(local) || "task".equals(local) || "callActivity".equals(local))) {
                nodes.putIfAbsent(element.getAttribute("id"), element);
            }
        }
        return nodes;
    }

    private static Map<String, Set<String>> edges(Document xml, Map<String, Element> nodes) {
        Map<String, Set<String>> edges = new HashMap<>();
        Set<String> hasIncoming = new HashSet<>();
        Set<String> hasOutgoing = new HashSet<>();
        for (Element flow : Dom.byName(xml, Dom.BPMN, "sequenceFlow")) {
            String source = flow.getAttribute("sourceRef");
            String target = flow.getAttribute("targetRef");
            hasOutgoing.add(source);
            hasIncoming.add(target);
            edge(edges, isScope(nodes.get(source)) ? source + DONE : source, target);
        }
        Map<String, List<Element>> linkCatches = new HashMap<>();
        nodes.values().forEach(node -> {
            if ("intermediateCatchEvent".equals(node.getLocalName())) {
                linkName(node).ifPresent(name -> linkCatches.computeIfAbsent(name, n -> new ArrayList<>()).add(node));
            }
        });
        nodes.forEach((id, node) -> {
            if ("boundaryEvent".equals(node.getLocalName())) {
                edge(edges, node.getAttribute("attachedToRef"), id);
            }
            if ("intermediateThrowEvent".equals(node.getLocalName())) {
                linkName(node).ifPresent(name -> linkCatches.getOrDefault(name, List.of()).stream()
                        .filter(target -> target.getParentNode() == node.getParentNode())
                        .forEach(target -> edge(edges, id, target.getAttribute("id"))));
            }
            if (node.getParentNode() instanceof Element scope && isScope(scope) && !"boundaryEvent".equals(node.getLocalName())
                    && !isEventSubProcess(node)) {
                String scopeId = scope.getAttribute("id");
                if (!hasIncoming.contains(id)) {
                    edge(edges, scopeId, id);
                }
                if (!hasOutgoing.contains(id)) {
                    edge(edges, isScope(node) ? id + DONE : id, scopeId + DONE);
                }
            }
        });
        return edges;
    }

    private static void edge(Map<String, Set<String>> edges, String from, String to) {
        edges.computeIfAbsent(from, f -> new LinkedHashSet<>()).add(to);
    }

    /**
     * The steps that wait taken out, the steps left that lie on a loop (or between loops): those
     * nothing leads into are taken away, then those that lead nowhere, until neither is left.
     */
    private static Set<String> onLoops(Map<String, Set<String>> edges, Set<String> waits) {
        Map<String, Set<String>> forward = new HashMap<>();
        Map<String, Set<String>> backward = new HashMap<>();
        edges.forEach((from, targets) -> targets.forEach(to -> {
            if (!waits.contains(from) && !waits.contains(to)) {
                forward.computeIfAbsent(from, f -> new HashSet<>()).add(to);
                backward.computeIfAbsent(to, t -> new HashSet<>()).add(from);
                forward.computeIfAbsent(to, t -> new HashSet<>());
                backward.computeIfAbsent(from, f -> new HashSet<>());
            }
        }));
        Set<String> left = new HashSet<>(forward.keySet());
        trim(left, backward, forward);
        trim(left, forward, backward);
        return left;
    }

    /** Takes away, one after another, the nodes with nothing left in {@code into}; {@code outOf} is the reverse. */
    private static void trim(Set<String> left, Map<String, Set<String>> into, Map<String, Set<String>> outOf) {
        Map<String, Integer> count = new HashMap<>();
        Deque<String> free = new ArrayDeque<>();
        for (String node : left) {
            int n = (int) into.get(node).stream().filter(left::contains).count();
            count.put(node, n);
            if (n == 0) {
                free.add(node);
            }
        }
        while (!free.isEmpty()) {
            String node = free.poll();
            left.remove(node);
            for (String next : outOf.get(node)) {
                if (left.contains(next) && count.merge(next, -1, Integer::sum) == 0) {
                    free.add(next);
                }
            }
        }
    }

    /** The nodes of the loop that holds the node, nearest first. */
    private static List<String> connected(String start, Map<String, Set<String>> edges, Set<String> looping) {
        Map<String, Set<String>> both = new HashMap<>();
        edges.forEach((from, targets) -> targets.forEach(to -> {
            both.computeIfAbsent(from, f -> new HashSet<>()).add(to);
            both.computeIfAbsent(to, t -> new HashSet<>()).add(from);
        }));
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String next : both.getOrDefault(queue.poll(), Set.of())) {
                if (looping.contains(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return new ArrayList<>(seen);
    }

    private static boolean waits(Element node) {
        if (WAITING_TASKS.contains(node.getLocalName()) || "true".equals(Dom.camundaAttribute(node, "asyncBefore"))
                || "true".equals(Dom.camundaAttribute(node, "asyncAfter")) || "true".equals(Dom.camundaAttribute(node, "async"))) {
            return true;
        }
        if (!node.getLocalName().endsWith("Event") || "intermediateThrowEvent".equals(node.getLocalName())
                || "endEvent".equals(node.getLocalName())) {
            return false;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element definition && Dom.BPMN.equals(definition.getNamespaceURI())
                    && WAITING_DEFINITIONS.contains(definition.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> linkName(Element event) {
        for (Node child = event.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element definition && "linkEventDefinition".equals(definition.getLocalName())) {
                return Optional.of(definition.getAttribute("name"));
            }
        }
        return Optional.empty();
    }

    private static boolean isScope(Element element) {
        return element != null && Dom.BPMN.equals(element.getNamespaceURI()) && SCOPES.contains(element.getLocalName())
                && !isEventSubProcess(element);
    }

    private static boolean isEventSubProcess(Element element) {
        return "subProcess".equals(element.getLocalName()) && "true".equals(element.getAttribute("triggeredByEvent"));
    }

    private static String nameOf(Element element) {
        String name = element.getAttribute("name");
        return name.isBlank() ? element.getAttribute("id") : "\"" + name + "\"";
    }
}
