package org.lotuspathway.modeler;

import org.lotuspathway.common.SafeXml;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The files of one deployment, each read once and only as text: diagrams and decision tables into
 * a DOM by {@link SafeXml} (no DOCTYPE, so no entities of any kind), forms as JSON. A file with a
 * bad name, too large, or unreadable is a problem here and is not looked at by any later check.
 */
final class ModelSet {

    /** The largest file a lead may deploy; the pathway's own diagram is about 40 KB. */
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** How deep a form's JSON may nest; the pathway's own forms nest 7 deep. */
    static final int MAX_FORM_DEPTH = 20;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_FORM_DEPTH).build()).build());

    private final Map<ModelFile, Document> diagrams = new LinkedHashMap<>();
    private final Map<ModelFile, JsonNode> forms = new LinkedHashMap<>();

    private ModelSet() {
    }

    static ModelSet read(List<ModelFile> files, List<Problem> problems) {
        ModelSet models = new ModelSet();
        for (ModelFile file : files) {
            Optional<String> badName = ModelerNames.problemWith(file.name());
            if (badName.isPresent()) {
                problems.add(Problem.of(file, badName.get()));
            } else if (file.size() > MAX_FILE_BYTES) {
                problems.add(Problem.of(file, "The file is " + file.size() / 1024 / 1024
                        + " MB; the largest allowed is " + MAX_FILE_BYTES / 1024 / 1024 + " MB"));
            } else if (file.kind() == ModelFile.Kind.FORM) {
                readForm(file, problems).ifPresent(form -> models.forms.put(file, form));
            } else {
                readXml(file, problems).ifPresent(xml -> models.diagrams.put(file, xml));
            }
        }
        return models;
    }

    private static Optional<Document> readXml(ModelFile file, List<Problem> problems) {
        Optional<String> shape = XmlIsSafe.shapeProblem(file.content());
        if (shape.isPresent()) {
            problems.add(Problem.of(file, shape.get()));
            return Optional.empty();
        }
        try {
            return Optional.of(SafeXml.parse(file.content()));
        } catch (Exception e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? XmlIsSafe.DOCTYPE_REFUSED
                    : "The file is not well-formed XML: " + e.getMessage();
            problems.add(Problem.of(file, reason));
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> readForm(ModelFile file, List<Problem> problems) {
        try {
            return Optional.of(JSON.readTree(file.content()));
        } catch (StreamConstraintsException e) {
            problems.add(Problem.of(file, "The form nests more than " + MAX_FORM_DEPTH + " deep; the pathway's own"
                    + " forms nest 7 deep"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(Problem.of(file, "The form is not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** Visits every element of the diagrams and decision tables, with its file. */
    void forEachElement(BiConsumer<ModelFile, Element> visit) {
        diagrams.forEach((file, xml) -> Dom.all(xml).forEach(element -> visit.accept(file, element)));
    }

    /** Visits every element of the BPMN diagrams, with its file. */
    void forEachProcessElement(BiConsumer<ModelFile, Element> visit) {
        processes().forEach((file, xml) -> Dom.all(xml).forEach(element -> visit.accept(file, element)));
    }

    /** Diagrams and decision tables. */
    Map<ModelFile, Document> diagrams() {
        return diagrams;
    }

    Map<ModelFile, Document> processes() {
        return only(ModelFile.Kind.BPMN);
    }

    Map<ModelFile, Document> decisions() {
        return only(ModelFile.Kind.DMN);
    }

    Map<ModelFile, JsonNode> forms() {
        return forms;
    }

    /** The ids the forms give themselves, which tasks refer to (camunda:formRef). */
    Set<String> formIds() {
        Set<String> ids = new HashSet<>();
        forms.values().forEach(form -> {
            if (!form.path("id").asText("").isBlank()) {
                ids.add(form.path("id").asText());
            }
        });
        return ids;
    }

    /** The forms' resource names, such as forms/triage-concern.form (camunda:formKey refers to these). */
    Set<String> formResources() {
        Set<String> names = new HashSet<>();
        forms.keySet().forEach(file -> names.add(file.name()));
        return names;
    }

    Set<String> processIds() {
        return ids(processes(), "process");
    }

    Set<String> decisionIds() {
        return ids(decisions(), "decision");
    }

    private Map<ModelFile, Document> only(ModelFile.Kind kind) {
        Map<ModelFile, Document> only = new LinkedHashMap<>();
        diagrams.forEach((file, xml) -> {
            if (file.kind() == kind) {
                only.put(file, xml);
            }
        });
        return only;
    }

    private static Set<String> ids(Map<ModelFile, Document> documents, String localName) {
        Set<String> ids = new HashSet<>();
        for (Document xml : documents.values()) {
            for (Element element : Dom.all(xml)) {
                if (localName.equals(element.getLocalName()) && !element.getAttribute("id").isBlank()) {
                    ids.add(element.getAttribute("id"));
                }
            }
        }
        return ids;
    }
}
