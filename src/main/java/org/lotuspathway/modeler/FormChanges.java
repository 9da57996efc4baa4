package org.lotuspathway.modeler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lotuspathway.forms.FormField;
import org.lotuspathway.forms.FormSchema;

/** What changed in a form, field by field: added, removed, relabelled, its rules or options changed. */
final class FormChanges {

    private FormChanges() {
    }

    static List<String> between(FormSchema before, FormSchema after) {
        Map<String, FormField> old = new LinkedHashMap<>();
        before.fields().forEach(field -> old.put(field.key(), field));
        List<String> changes = new ArrayList<>();
        for (FormField field : after.fields()) {
            FormField was = old.remove(field.key());
            if (was == null) {
                changes.add("added the field \"" + field.label() + "\" (" + field.key() + ")"
                        + (field.required() ? ", required" : ""));
                continue;
            }
            if (!Objects.equals(was.label(), field.label())) {
                changes.add("relabelled the field " + field.key() + " from \"" + was.label() + "\" to \"" + field.label() + "\"");
            }
            List<String> rules = new ArrayList<>();
            rule("required", was.required(), field.required(), rules);
            rule("shortest answer", was.minLength(), field.minLength(), rules);
            rule("longest answer", was.maxLength(), field.maxLength(), rules);
            rule("pattern", was.pattern(), field.pattern(), rules);
            rule("least", was.min(), field.min(), rules);
            rule("most", was.max(), field.max(), rules);
            rule("options", values(was), values(field), rules);
            if (!rules.isEmpty()) {
                changes.add("changed the checks of \"" + field.label() + "\" (" + field.key() + "): " + String.join("; ", rules));
            }
        }
        old.values().forEach(field -> changes.add("removed the field \"" + field.label() + "\" (" + field.key() + ")"));
        return changes;
    }

    private static void rule(String name, Object was, Object now, List<String> rules) {
        if (!Objects.equals(was, now)) {
            rules.add(name + " " + (was == null ? "(none)" : was) + " to " + (now == null ? "(none)" : now));
        }
    }

    private static List<String> values(FormField field) {
        return field.options().stream().map(FormField.Option::value).toList();
    }
}
