package org.lotuspathway.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.common.Years;

/**
 * Checks submitted values against a form's own rules (required, lengths, pattern, min/max, the
 * options offered), so the server refuses what the browser should have refused.
 */
public final class FormValidator {

    /** A count past 100 in {n}, {n,} or {n,m}; java.util.regex, as the name RE2/J's Pattern is taken. */
    private static final java.util.regex.Pattern LARGE_COUNT =
            java.util.regex.Pattern.compile("\\{(\\d*,)?0*(10[1-9]|1[1-9]\\d|[2-9]\\d\\d|[1-9]\\d{3,})[,}]");

    private FormValidator() {
    }

    /** Returns one plain-language message per field that is wrong, in form order. */
    public static Map<String, String> validate(FormSchema schema, Map<String, ?> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            String problem = problem(field, values.get(field.key()));
            if (problem != null) {
                errors.put(field.key(), problem);
            }
        }
        return errors;
    }

    private static String problem(FormField field, Object value) {
        if (isEmpty(field, value)) {
            return field.required() ? missing(field) : null;
        }
        if (field.required() && value instanceof String text && HiddenCharacters.nothingVisible(text)) {
            // given, but nothing anyone could read: not an answer (an optional one is checked as it is)
            return missing(field);
        }
        return switch (field.type()) {
            case "number" -> numberProblem(field, value);
            case "datetime" -> dateProblem(field, value);
            case "select", "radio" -> optionProblem(field, String.valueOf(value));
            case "checklist", "taglist" -> listProblem(field, value);
            case "checkbox" -> value instanceof Boolean ? null : subject(field) + " must be ticked or left empty";
            default -> textProblem(field, String.valueOf(value));
        };
    }

    private static boolean isEmpty(FormField field, Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof String text) {
            return text.isBlank();
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty();
        }
        return "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
    }

    private static String missing(FormField field) {
        if (isQuestion(field)) {
            return "Answer the question \"" + field.label() + "\"";
        }
        return switch (field.type()) {
            case "select", "radio", "checklist", "taglist" -> "Select " + decapitalise(field.label());
            case "checkbox" -> "Tick to confirm: " + decapitalise(field.label());
            default -> "Enter " + decapitalise(field.label());
        };
    }

    private static String textProblem(FormField field, String text) {
        if (HiddenCharacters.in(text)) {
            return HiddenCharacters.problem(subject(field));
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            return subject(field) + " must be " + field.maxLength() + " characters or fewer";
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            return subject(field) + " must be at least " + field.minLength() + " characters";
        }
        if (field.pattern() != null && !field.pattern().isBlank() && !matches(field.pattern(), text)) {
            return subject(field) + " is not in the right format";
        }
        return null;
    }

    /**
     * With RE2/J, whose time grows with the answer's length only, whatever the pattern: a pattern
     * like ^(a+)+$ would take java.util.regex exponential time over an answer of a's and a "!".
     */
    private static boolean matches(String pattern, String text) {
        if (hasLargeCount(pattern)) {
            return true;
        }
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException | StackOverflowError e) {
            return true;
        }
    }

    /**
     * Whether the pattern counts past 100 anywhere ({@code a{1000}}): RE2/J copies a counted part
     * once per count while compiling, so {@code (?:(?:a{1000}){1000}){1000}} would exhaust the
     * server's memory. The modeler refuses such patterns; a form deployed before it did is, for that
     * field, left unchecked on the server rather than compiled.
     */
    static boolean hasLargeCount(String pattern) {
        return LARGE_COUNT.matcher(pattern).find();
    }

    private static String numberProblem(FormField field, Object value) {
        BigDecimal number;
        try {
            number = new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return subject(field) + " must be a number";
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            return subject(field) + " must be " + field.min().toPlainString() + " or more";
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            return subject(field) + " must be " + field.max().toPlainString() + " or less";
        }
        return null;
    }

    private static String dateProblem(FormField field, Object value) {
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return subject(field) + " must be a real date, like 2026-11-20";
        }
        return Years.within(day) ? null
                : subject(field) + " must be a date " + Years.RANGE;
    }

    private static String optionProblem(FormField field, String value) {
        if (!field.hasOptions()) {
            return null;
        }
        return field.accepts(value) ? null : subject(field) + " must be one of the options given";
    }

    private static String listProblem(FormField field, Object value) {
        if (!(value instanceof Collection<?> list)) {
            return subject(field) + " must be chosen from the options given";
        }
        for (Object item : list) {
            String problem = optionProblem(field, String.valueOf(item));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static boolean isQuestion(FormField field) {
        return field.label().endsWith("?");
    }

    /** How a message names the field: by its label, or for a question, by its answer. */
    static String subject(FormField field) {
        return isQuestion(field) ? "The answer to \"" + field.label() + "\"" : field.label();
    }

    private static String decapitalise(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
        }
        return label;
    }
}
