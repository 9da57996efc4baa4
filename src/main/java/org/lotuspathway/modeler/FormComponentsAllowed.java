package org.lotuspathway.modeler;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A form is made only of components the server renders and checks itself, and the browser's form-js
 * shows as plain inputs and text: the types the pathway's forms use, and a spacer and a separator.
 * Not allowed, among others: {@code html}, {@code iframe}, {@code image} (they show or fetch what
 * the form names), {@code script}, {@code button}, {@code expression} (FEEL), {@code dynamiclist}
 * and {@code table}, and any type a later form-js adds until it is looked at. A field's
 * {@code validate} holds only {@code required} (true or false), {@code minLength} and
 * {@code maxLength} (whole numbers, 0 to {@link #MAX_LENGTH}), {@code min} and {@code max} (numbers,
 * 0 to {@link #MAX_NUMBER}) and {@code pattern} ({@link SafeFormPatterns}).
 */
final class FormComponentsAllowed implements DeploymentCheck {

    /** The form itself (the root component) is of type "default", and nothing else is. */
    static final String ROOT_TYPE = "default";
    static final Set<String> TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox", "checklist",
            "radio", "select", "taglist", "text", "group", "spacer", "separator");
    /** The longest answer a form may ask for; the pathway's longest is 8000 characters. */
    static final int MAX_LENGTH = 20_000;
    static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(1_000_000_000);
    /** The most components one form may hold; the pathway's largest holds 22. */
    static final int MAX_COMPONENTS = 300;

    private static final Set<String> VALIDATE_KEYS = Set.of("required", "minLength", "maxLength", "min", "max", "pattern");

    @Override
    public void check(ModelSet models, List<Problem> problems) {
        models.forms().forEach((file, form) -> {
            JsonNode rootType = form.path("type");
            if (!rootType.isMissingNode() && !(rootType.isTextual() && ROOT_TYPE.equals(rootType.asText()))) {
                problems.add(Problem.of(file, "The form's own type must be \"default\""));
            }
            int components = checkComponents(file, form.path("components"), problems);
            if (components > MAX_COMPONENTS) {
                problems.add(Problem.of(file, "The form holds " + components + " components; keep it to " + MAX_COMPONENTS));
            }
        });
    }

    private static int checkComponents(ModelFile file, JsonNode components, List<Problem> problems) {
        int count = 0;
        for (JsonNode component : components) {
            count++;
            String id = FormsAreCheckable.componentId(component);
            JsonNode type = component.path("type");
            if (!type.isTextual() || !TYPES.contains(type.asText())) {
                problems.add(Problem.of(file, id, "The component type " + (type.isMissingNode() ? "(none)" : type.toString())
                        + " is not allowed; a form here may use " + String.join(", ", new TreeSet<>(TYPES))));
            }
            if (component.has("validate")) {
                checkValidate(file, id, component.get("validate"), problems);
            }
            count += checkComponents(file, component.path("components"), problems);
        }
        return count;
    }

    private static void checkValidate(ModelFile file, String id, JsonNode validate, List<Problem> problems) {
        if (!validate.isObject()) {
            problems.add(Problem.of(file, id, "validate must be an object, such as {\"required\": true}"));
            return;
        }
        validate.fieldNames().forEachRemaining(key -> {
            if (!VALIDATE_KEYS.contains(key)) {
                problems.add(Problem.of(file, id, "validate." + key + " is not allowed; a field's rules may be "
                        + String.join(", ", new TreeSet<>(VALIDATE_KEYS))));
            }
        });
        if (validate.has("required") && !validate.get("required").isBoolean()) {
            problems.add(Problem.of(file, id, "validate.required must be true or false"));
        }
        BigDecimal minLength = bounded(file, id, validate, "minLength", true, BigDecimal.valueOf(MAX_LENGTH), problems);
        BigDecimal maxLength = bounded(file, id, validate, "maxLength", true, BigDecimal.valueOf(MAX_LENGTH), problems);
        BigDecimal min = bounded(file, id, validate, "min", false, MAX_NUMBER, problems);
        BigDecimal max = bounded(file, id, validate, "max", false, MAX_NUMBER, problems);
        if (minLength != null && maxLength != null && minLength.compareTo(maxLength) > 0) {
            problems.add(Problem.of(file, id, "validate.minLength is more than validate.maxLength: no answer could pass"));
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(Problem.of(file, id, "validate.min is more than validate.max: no answer could pass"));
        }
    }

    /** The number under that key if it is one within bounds; otherwise a problem, and null. */
    private static BigDecimal bounded(ModelFile file, String id, JsonNode validate, String key, boolean whole,
            BigDecimal most, List<Problem> problems) {
        JsonNode value = validate.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        String wanted = "validate." + key + " must be " + (whole ? "a whole number" : "a number") + " from 0 to "
                + most.toPlainString();
        if (!value.isNumber() || whole && !value.isIntegralNumber()
                || value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            problems.add(Problem.of(file, id, wanted + ", not " + value));
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() < 0 || number.compareTo(most) > 0) {
            problems.add(Problem.of(file, id, wanted + ", not " + number.toPlainString()));
            return null;
        }
        return number;
    }
}
