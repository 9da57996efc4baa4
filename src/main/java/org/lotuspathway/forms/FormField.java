package org.lotuspathway.forms;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One input of a form-js form: its key (the variable it fills), type, label and the rules the
 * server checks again after the browser has. {@code alsoAccepted} holds values that are no longer
 * offered but still accepted: the form's own options, when options managed in the app replace
 * them (see {@link #offering}).
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
        List<Option> options,
        Set<String> alsoAccepted) {

    public FormField(String key, String type, String label, String description, boolean required, Integer minLength,
            Integer maxLength, String pattern, BigDecimal min, BigDecimal max, List<Option> options) {
        this(key, type, label, description, required, minLength, maxLength, pattern, min, max, options, Set.of());
    }

    public record Option(String value, String label) {
    }

    /** This field offering other options; those it offered before stay accepted. */
    public FormField offering(List<Option> offered) {
        Set<String> accepted = new LinkedHashSet<>(alsoAccepted);
        if (options != null) {
            options.forEach(option -> accepted.add(option.value()));
        }
        return new FormField(key, type, label, description, required, minLength, maxLength, pattern, min, max,
                List.copyOf(offered), Set.copyOf(accepted));
    }

    /** A value offered now, or offered by the form itself. */
    public boolean accepts(String value) {
        return (options != null && options.stream().anyMatch(option -> option.value().equals(value)))
                || alsoAccepted.contains(value);
    }

    /** Options on a text field are suggestions (a datalist), not a limit. */
    public boolean hasSuggestions() {
        return "textfield".equals(type) && hasOptions();
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
