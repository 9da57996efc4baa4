package org.lotuspathway.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.common.SafeXml;
import org.lotuspathway.forms.FormSchema;

/**
 * What changed between two versions of the pathway, in lines a lead can read, one change a line:
 * for diagrams {@link DiagramChanges}, for decision tables {@link TableChanges}, for forms
 * {@link FormChanges}.
 */
final class ChangeSummary {

    private ChangeSummary() {
    }

    static List<String> between(List<ModelFile> before, List<ModelFile> after) {
        Map<String, ModelFile> old = byName(before);
        Map<String, ModelFile> now = byName(after);
        List<String> lines = new ArrayList<>();
        now.forEach((name, file) -> {
            ModelFile previous = old.get(name);
            if (previous == null) {
                lines.add(name + ": new file");
            } else if (!previous.content().equals(file.content())) {
                List<String> changes = changes(previous, file);
                if (changes.isEmpty()) {
                    lines.add(name + ": only the layout or the documentation changed");
                }
                changes.forEach(change -> lines.add(name + ": " + change));
            }
        });
        old.keySet().stream().filter(name -> !now.containsKey(name)).forEach(name -> lines.add(name + ": removed"));
        return lines;
    }

    /** The changes of one file; a version that cannot be read is said to have changed, without detail. */
    static List<String> changes(ModelFile before, ModelFile after) {
        try {
            return switch (after.kind()) {
                case BPMN -> DiagramChanges.between(SafeXml.parse(before.content()), SafeXml.parse(after.content()));
                case DMN -> TableChanges.between(SafeXml.parse(before.content()), SafeXml.parse(after.content()));
                case FORM -> FormChanges.between(form(before), form(after));
            };
        } catch (Exception unreadable) {
            return List.of("changed (one of the versions could not be read to say how)");
        }
    }

    private static FormSchema form(ModelFile file) {
        return FormSchema.parse(new ByteArrayInputStream(file.content().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, ModelFile> byName(List<ModelFile> files) {
        Map<String, ModelFile> byName = new LinkedHashMap<>();
        files.forEach(file -> byName.put(file.name(), file));
        return byName;
    }
}
