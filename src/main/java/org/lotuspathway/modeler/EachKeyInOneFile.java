package org.lotuspathway.modeler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Each process, decision and form id is defined once in the set a deployment holds: a diagram
 * saved under a new name with the ids of one already in the pathway would otherwise pass every
 * other check, and Camunda refuse the deployment for holding two definitions of one key.
 */
final class EachKeyInOneFile implements DeploymentCheck {

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        Map<String, ModelFile> processes = new HashMap<>();
        models.processes().forEach((file, xml) -> definedOnce(file, xml, "process", "process", processes, problems));
        Map<String, ModelFile> decisions = new HashMap<>();
        Map<String, ModelFile> requirements = new HashMap<>();
        models.decisions().forEach((file, xml) -> {
            definedOnce(file, xml, "decision", "decision", decisions, problems);
            definedOnce(file, xml, "definitions", "decision requirements", requirements, problems);
        });
        Map<String, ModelFile> forms = new HashMap<>();
        models.forms().forEach((file, form) -> {
            String id = form.path("id").asText("");
            if (!id.isBlank()) {
                once(file, id, "form", forms, problems);
            }
        });
    }

    private static void definedOnce(ModelFile file, Document xml, String localName, String kind,
            Map<String, ModelFile> seen, List<Problem> problems) {
        for (Element element : Dom.all(xml)) {
            String id = element.getAttribute("id");
            if (localName.equals(element.getLocalName()) && !id.isBlank()) {
                once(file, id, kind, seen, problems);
            }
        }
    }

    private static void once(ModelFile file, String id, String kind, Map<String, ModelFile> seen, List<Problem> problems) {
        ModelFile first = seen.putIfAbsent(id, file);
        if (first != null) {
            problems.add(Problem.of(file, id, "The " + kind + " id " + id + " is already defined in " + first.name()
                    + ": each is defined once in the pathway. Give this one an id of its own, or change "
                    + first.name() + " instead"));
        }
    }
}
