package org.lotuspathway.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An answer the form accepts for each of its required fields: today for a date, the first option
 * offered, the smallest number allowed, and for text whatever the caller writes. The demo cases and
 * the tests fill forms with it.
 */
public final class ValidAnswers {

    private ValidAnswers() {
    }

    public static Map<String, Object> forRequired(FormSchema form, LocalDate today, Function<FormField, String> text) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (field.required()) {
                answers.put(field.key(), valueFor(field, today, text));
            }
        }
        return answers;
    }

    public static Object valueFor(FormField field, LocalDate today, Function<FormField, String> text) {
        return switch (field.type()) {
            case "datetime" -> today.toString();
            case "checkbox" -> true;
            case "number" -> field.min() != null ? field.min().intValue() : 1;
            case "select", "radio" -> field.options().get(0).value();
            case "checklist", "taglist" -> List.of(field.options().get(0).value());
            default -> text.apply(field);
        };
    }
}
