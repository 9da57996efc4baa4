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
import org.lotuspathway.forms.ValidAnswers;

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
        return ValidAnswers.forRequired(schema(formId), today, FormAnswers::text);
    }

    private static String text(FormField field) {
        String text = field.pattern() != null ? "1234567" : "An answer for " + field.label();
        return field.maxLength() != null && text.length() > field.maxLength() ? text.substring(0, field.maxLength()) : text;
    }

    static Object valueFor(FormField field, LocalDate today) {
        return ValidAnswers.valueFor(field, today, FormAnswers::text);
    }
}
