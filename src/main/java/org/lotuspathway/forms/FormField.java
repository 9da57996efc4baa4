package org.lotuspathway.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a form-js form: its key (the variable it fills), type, label and the rules the
 * server checks again after the browser has.
 */
public record FormField(
        String key,
        String type,
        String label,
        String description,
        boolean required,
        Integer minLength,
        Integer maxLength,
        String pattern,
        BigDecimal min,
        BigDecimal max,
        List<Option> options) {

    public record Option(String value, String label) {
    }

    /** Checklists and tag lists hold several values. */
    public boolean isMultiValued() {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    public boolean hasOptions() {
        return options != null && !options.isEmpty();
    }

    public String labelOf(String value) {
        if (options != null) {
            for (Option option : options) {
                if (option.value().equals(value)) {
                    return option.label();
                }
            }
        }
        return value;
    }
}
