package org.lotuspathway.forms;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what a browser posted for a form into values of the types the form's fields hold (and
 * that Camunda's Tasklist would have sent): numbers, booleans, lists of choices, date strings.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    public static Map<String, Object> read(FormSchema schema, Map<String, String[]> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            String[] posted = parameters.get(field.key());
            Object value = switch (field.type()) {
                case "checkbox" -> posted != null && Arrays.asList(posted).contains("true");
                case "checklist", "taglist" -> posted == null ? null
                        : Arrays.stream(posted).filter(v -> !v.isBlank()).toList();
                case "number" -> number(first(posted));
                default -> first(posted);
            };
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    private static String first(String[] posted) {
        if (posted == null || posted.length == 0 || posted[0].isBlank()) {
            return null;
        }
        return posted[0];
    }

    /** A number that does not parse stays as typed, so the validator can say so next to the field. */
    private static Object number(String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text.trim());
            return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number.doubleValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return text;
        }
    }
}
