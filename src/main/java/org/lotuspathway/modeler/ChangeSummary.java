package org.lotuspathway.modeler;

import org.lotuspathway.common.SafeXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What changed between two versions of the pathway, in lines a lead can read. */
final class ChangeSummary {

    private static final Set<String> NOT_STEPS = Set.of("definitions", "process", "extensionElements", "incoming",
            "outgoing", "documentation", "conditionExpression", "timeDate", "timeDuration", "timeCycle",
            "timerEventDefinition", "messageEventDefinition", "terminateEventDefinition", "message");

    private ChangeSummary() {
    }

    static List<String> between(List<ModelFile> before, List<ModelFile> after) {
        Map<String, ModelFile> old = byName(before);
        Map<String, ModelFile> now = byName(after);
        List<String> lines = new ArrayList<>();
        now.forEach((name, file) -> {
            ModelFile previous = old.get(name);
            if (previous == null) {
                lines.add(name + ": new file");
            } else if (!previous.content().equals(file.content())) {
                List<String> changes = elementChanges(previous, file);
                lines.add(name + ": " + (changes.isEmpty() ? "changed (layout or settings)" : String.join("; ", changes)));
            }
        });
        old.keySet().stream().filter(name -> !now.containsKey(name)).forEach(name -> lines.add(name + ": removed"));
        return lines;
    }

    private static List<String> elementChanges(ModelFile before, ModelFile after) {
        Map<String, String> old = elements(before);
        Map<String, String> now = elements(after);
        List<String> changes = new ArrayList<>();
        now.forEach((id, name) -> {
            if (!old.containsKey(id)) {
                changes.add("added " + describe(id, name));
            } else if (!old.get(id).equals(name)) {
                changes.add("renamed " + id + " from \"" + old.get(id) + "\" to \"" + name + "\"");
            }
        });
        old.forEach((id, name) -> {
            if (!now.containsKey(id)) {
                changes.add("removed " + describe(id, name));
            }
        });
        return changes;
    }

    /** Element id to name: flow elements of a diagram, rules of a decision, fields of a form. */
    private static Map<String, String> elements(ModelFile file) {
        Map<String, String> elements = new LinkedHashMap<>();
        try {
            if (file.kind() == ModelFile.Kind.FORM) {
                FormSchema form = FormSchema.parse(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
                for (FormField field : form.fields()) {
                    elements.put(field.key(), field.label());
                }
                return elements;
            }
            Document xml = SafeXml.parse(file.content());
            for (Element element : Dom.all(xml)) {
                boolean step = Dom.BPMN.equals(element.getNamespaceURI()) && !NOT_STEPS.contains(element.getLocalName());
                boolean rule = "rule".equals(element.getLocalName());
                if ((step || rule) && !element.getAttribute("id").isBlank()) {
                    elements.put(element.getAttribute("id"), element.getAttribute("name"));
                }
            }
        } catch (Exception unreadable) {
            elements.clear();
        }
        return elements;
    }

    private static String describe(String id, String name) {
        return name == null || name.isBlank() ? id : id + " \"" + name + "\"";
    }

    private static Map<String, ModelFile> byName(List<ModelFile> files) {
        Map<String, ModelFile> byName = new LinkedHashMap<>();
        files.forEach(file -> byName.put(file.name(), file));
        return byName;
    }
}
