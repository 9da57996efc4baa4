package org.lotuspathway.documents;

import java.util.List;
import java.util.Map;

import org.lotuspathway.common.PageOrder;

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
        return PageOrder.of(problems, FIELD_ORDER);
    }
}
