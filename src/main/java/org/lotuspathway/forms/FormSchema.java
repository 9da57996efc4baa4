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
public record FormSchema(String id, List<FormComponent> components, List<FormField> fields) {

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
        List<FormComponent> components = components(definition.path("components"), fields);
        return new FormSchema(definition.path("id").asText(null), components, List.copyOf(fields));
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        return fields.stream().map(FormField::key).toList();
    }

    /** This form with the field of that key offering other options (see {@link FormField#offering}). */
    public FormSchema withOptions(String key, List<FormField.Option> offered) {
        if (field(key).isEmpty()) {
            return this;
        }
        return new FormSchema(id, replace(components, key, offered),
                fields.stream().map(f -> f.key().equals(key) ? f.offering(offered) : f).toList());
    }

    private static List<FormComponent> replace(List<FormComponent> components, String key,
            List<FormField.Option> offered) {
        return components.stream().map(c -> c.isInput() && c.field().key().equals(key)
                ? new FormComponent(c.type(), c.id(), c.field().offering(offered), c.label(), c.blocks(), c.components())
                : new FormComponent(c.type(), c.id(), c.field(), c.label(), c.blocks(), replace(c.components(), key, offered)))
                .toList();
    }

    private static List<FormComponent> components(JsonNode nodes, List<FormField> fields) {
        List<FormComponent> components = new ArrayList<>();
        for (JsonNode node : nodes) {
            String type = node.path("type").asText();
            String id = node.path("id").asText(null);
            if (INPUT_TYPES.contains(type) && node.hasNonNull("key")) {
                FormField field = field(node, type);
                fields.add(field);
                components.add(new FormComponent(type, id, field, field.label(), List.of(), List.of()));
            } else if (node.path("components").isArray()) {
                components.add(new FormComponent(type, id, null, node.path("label").asText(null), List.of(),
                        components(node.path("components"), fields)));
            } else if ("text".equals(type)) {
                components.add(new FormComponent(type, id, null, null, text(node.path("text").asText("")), List.of()));
            }
        }
        return List.copyOf(components);
    }

    /** Headings ("## ...") and paragraphs of form-js text; anything else in it is shown as typed. */
    private static List<FormComponent.TextBlock> text(String markdown) {
        List<FormComponent.TextBlock> blocks = new ArrayList<>();
        for (String line : markdown.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                blocks.add(new FormComponent.TextBlock(true, trimmed.replaceFirst("^#+\\s*", "")));
            } else if (!trimmed.isEmpty()) {
                blocks.add(new FormComponent.TextBlock(false, trimmed));
            }
        }
        return List.copyOf(blocks);
    }

    private static FormField field(JsonNode component, String type) {
        JsonNode validate = component.path("validate");
        List<FormField.Option> options = new ArrayList<>();
        for (JsonNode value : component.path("values")) {
            options.add(new FormField.Option(value.path("value").asText(), value.path("label").asText()));
        }
        String label = component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText()));
        return new FormField(
                component.path("key").asText(),
                type,
                label,
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
