package org.lotuspathway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;

/** Answers a careful user would give to a form in {@code forms/}: every required field, validly. */
public final class FormAnswers {

    private FormAnswers() {
    }

    public static FormSchema schema(String formId) {
        try (InputStream in = FormAnswers.class.getResourceAsStream("/forms/" + formId + ".form")) {
            if (in == null) {
                throw new IllegalArgumentException("No form " + formId);
            }
            return FormSchema.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> valid(String formId, LocalDate today) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : schema(formId).fields()) {
            if (field.required()) {
                answers.put(field.key(), valueFor(field, today));
            }
        }
        return answers;
    }

    private static String text(FormField field) {
        String text = field.pattern() != null ? "1234567" : "An answer for " + field.label();
        return field.maxLength() != null && text.length() > field.maxLength() ? text.substring(0, field.maxLength()) : text;
    }

    static Object valueFor(FormField field, LocalDate today) {
        return switch (field.type()) {
            case "datetime" -> today.toString();
            case "checkbox" -> true;
            case "number" -> field.min() != null ? field.min().intValue() : 1;
            case "select", "radio" -> field.options().get(0).value();
            case "checklist", "taglist" -> List.of(field.options().get(0).value());
            default -> text(field);
        };
    }
}
