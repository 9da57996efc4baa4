package org.lotuspathway.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A form-js form definition ({@code forms/*.form}), read into what the server needs to render and
 * validate it. The same file renders in Camunda's Tasklist.
 */
public record FormSchema(String id, JsonNode definition, List<FormField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUT_TYPES =
            Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist", "datetime", "taglist");

    public static FormSchema parse(InputStream json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("The form is not valid JSON: " + e.getMessage(), e);
        }
    }

    public static FormSchema parse(JsonNode definition) {
        if (definition == null || !definition.path("components").isArray()) {
            throw new IllegalArgumentException("The form has no components");
        }
        List<FormField> fields = new ArrayList<>();
        collect(definition.path("components"), fields);
        return new FormSchema(definition.path("id").asText(null), definition, List.copyOf(fields));
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        return fields.stream().map(FormField::key).toList();
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (component.path("components").isArray()) {
                collect(component.path("components"), fields);
            }
            if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
                fields.add(field(component, type));
            }
        }
    }

    private static FormField field(JsonNode component, String type) {
        JsonNode validate = component.path("validate");
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode value : component.path("values")) {
            options.add(new FormField.Option(value.path("value").asText(), value.path("label").asText()));
        }
        return new FormField(
                component.path("key").asText(),
                type,
                component.path("label").asText(component.path("key").asText()),
                component.path("description").asText(null),
                validate.path("required").asBoolean(false),
                intOrNull(validate.path("minLength")),
                intOrNull(validate.path("maxLength")),
                validate.path("pattern").asText(null),
                decimalOrNull(validate.path("min")),
                decimalOrNull(validate.path("max")),
                List.copyOf(options));
    }

    private static Integer intOrNull(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }

    private static BigDecimal decimalOrNull(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
