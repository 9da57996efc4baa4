package org.lotuspathway.modeler;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.lotuspathway.forms.FormSchema;

/**
 * A form is one the server can render and check answers against exactly as it is shown: it reads
 * as a form, has an id matching its file's name (tasks refer to forms by id), and uses no FEEL.
 */
final class FormsAreCheckable implements DeploymentCheck {

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forms().forEach((file, definition) -> {
            try {
                FormSchema form = FormSchema.parse(definition);
                if (form.id() == null || form.id().isBlank()) {
                    problems.add(Problem.of(file, "The form has no id; tasks refer to forms by id"));
                } else if (!form.id().equals(file.id())) {
                    problems.add(Problem.of(file, "The form's id is " + form.id() + " but its file is " + file.fileName()
                            + "; keep them the same"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(file, e.getMessage()));
            }
            checkNoFeel(file, definition, "", null, problems);
        });
    }

    /**
     * form-js reads a value starting with "=" as a FEEL expression (conditional.hide, valuesExpression
     * and the like). The server validates answers without evaluating FEEL, so such a form would be
     * checked differently from how it is shown: refused.
     */
    private static void checkNoFeel(ModelFile file, JsonNode node, String path, String componentId,
            List<Problem> problems) {
        if (node.isTextual() && node.asText().strip().startsWith("=")) {
            problems.add(Problem.of(file, componentId, "The property " + path + " is a FEEL expression (it starts with"
                    + " =), which forms here may not use: the server could not check answers the same way"));
        } else if (node.isObject()) {
            String id = node.has("type") ? componentId(node) : componentId;
            node.fields().forEachRemaining(entry -> checkNoFeel(file, entry.getValue(),
                    path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), id, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNoFeel(file, node.get(i), path + "[" + i + "]", componentId, problems);
            }
        }
    }

    static String componentId(JsonNode component) {
        return component.path("id").asText(component.path("key").asText(null));
    }
}
