package org.lotuspathway.modeler;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One file of the pathway: a BPMN diagram, a DMN decision or a form-js form, by the resource name
 * it is deployed under (such as {@code processes/concern-pathway.bpmn}).
 */
public record ModelFile(String name, String content) {

    public enum Kind {
        BPMN(".bpmn"), DMN(".dmn"), FORM(".form");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    public Kind kind() {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Kind kind : Kind.values()) {
            if (lower.endsWith(kind.suffix())) {
                return kind;
            }
        }
        return null;
    }

    /** The file name without folders, such as {@code concern-pathway.bpmn}. */
    public String fileName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    /** The id a file defines by our convention: the file name without its suffix. */
    public String id() {
        Kind kind = kind();
        String file = fileName();
        return kind == null ? file : file.substring(0, file.length() - kind.suffix().length());
    }

    public int size() {
        return content.getBytes(StandardCharsets.UTF_8).length;
    }
}
