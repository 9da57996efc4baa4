package org.lotuspathway.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the document forms post, read without ever failing: a kind nobody knows is no kind. */
final class DocumentForms {

    private static final List<String> FIELD_ORDER = List.of("title", "kind", "file");

    private DocumentForms() {
    }

    static DocumentKind kind(String posted) {
        if (posted == null) {
            return null;
        }
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.name().equals(posted.strip())) {
                return kind;
            }
        }
        return null;
    }

    /** The problems in the order of the form's fields. */
    static Map<String, String> inOrder(Map<String, String> problems) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELD_ORDER.stream().filter(problems::containsKey).forEach(field -> ordered.put(field, problems.get(field)));
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
