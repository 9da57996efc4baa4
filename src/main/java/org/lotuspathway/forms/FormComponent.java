package org.lotuspathway.forms;

import java.util.List;

/**
 * One component of a form, as laid out: an input (with its {@link FormField}), a group of other
 * components, or static text (kept as plain blocks, never as HTML).
 */
public record FormComponent(String type, String id, FormField field, String label, List<TextBlock> blocks,
        List<FormComponent> components) {

    /** A heading or paragraph of static text; form-js writes it as simple Markdown. */
    public record TextBlock(boolean heading, String text) {
    }

    public boolean isInput() {
        return field != null;
    }

    public boolean isGroup() {
        return "group".equals(type);
    }

    public boolean isText() {
        return "text".equals(type);
    }
}
