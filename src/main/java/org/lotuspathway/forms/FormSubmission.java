package org.lotuspathway.forms;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.common.HiddenCharacters;

/**
 * Turns what a browser posted for a form into values of the types the form's fields hold (and
 * that Camunda's Tasklist would have sent): numbers, booleans, lists of choices, date strings.
 * {@link #problems} first refuses what no browser showing the form would post.
 */
public final class FormSubmission {

    /** Spring Security's CSRF token, posted with every form. */
    public static final String CSRF_PARAMETER = "_csrf";

    /** Where a problem that belongs to no field is reported. */
    public static final String WHOLE_FORM = "form";

    private FormSubmission() {
    }

    /**
     * What the form's own page could never have posted, each by its field: two values for a field
     * that takes one, a checkbox with a value other than "true", the same choice twice; and any
     * parameter that is not a field of the form (reported under {@link #WHOLE_FORM}). Such a
     * request is refused as a whole, so a field the form does not have never reaches the process.
     */
    public static Map<String, String> problems(FormSchema schema, Map<String, String[]> parameters) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            String[] posted = parameters.get(field.key());
            if (posted == null) {
                continue;
            }
            if (field.isMultiValued()) {
                if (Arrays.stream(posted).filter(v -> !v.isBlank()).distinct().count()
                        < Arrays.stream(posted).filter(v -> !v.isBlank()).count()) {
                    problems.put(field.key(), "Choose each option for \"" + field.label() + "\" only once");
                }
            } else if (posted.length > 1) {
                problems.put(field.key(), "Give only one answer for \"" + field.label() + "\"");
            } else if ("checkbox".equals(field.type()) && posted.length == 1 && !"true".equals(posted[0])) {
                problems.put(field.key(), FormValidator.subject(field) + " must be ticked or left empty");
            }
        }
        List<String> unknown = parameters.keySet().stream()
                .filter(name -> !name.equals(CSRF_PARAMETER) && schema.field(name).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.put(WHOLE_FORM, "This form has no " + (unknown.size() == 1 ? "question " : "questions ")
                    + String.join(", ", unknown.stream().limit(5).map(FormSubmission::quoted).toList())
                    + (unknown.size() > 5 ? " and others" : "") + ", so nothing was saved. Reload the page and try again.");
        }
        return problems;
    }

    private static String quoted(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (printable.length() > 40 ? printable.substring(0, 40) + "…" : printable) + "\"";
    }

    public static Map<String, Object> read(FormSchema schema, Map<String, String[]> parameters) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            String[] posted = parameters.get(field.key());
            Object value = switch (field.type()) {
                case "checkbox" -> posted != null && Arrays.asList(posted).contains("true");
                case "checklist", "taglist" -> posted == null ? null
                        : Arrays.stream(posted).filter(v -> !HiddenCharacters.nothingVisible(v)).toList();
                case "number" -> number(first(posted));
                // a browser sends each line break as CR LF, and counts it (maxlength) as one character
                default -> first(posted) == null ? null : first(posted).replace("\r\n", "\n");
            };
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                values.put(field.key(), value);
            }
        }
        return values;
    }

    /** The answer posted, or null for none or one with nothing anyone could read (a lone non-breaking space). */
    private static String first(String[] posted) {
        if (posted == null || posted.length == 0 || HiddenCharacters.nothingVisible(posted[0])) {
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
