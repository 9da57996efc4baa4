package org.lotuspathway.documents;

/** What a document on a case is. */
public enum DocumentKind {
    COMPLAINT("Complaint"),
    STATEMENT("Statement"),
    INVESTIGATION_REPORT("Investigation report"),
    REFLECTION("Practitioner's reflection"),
    PANEL_PAPER("Panel paper"),
    CORRESPONDENCE("Correspondence"),
    /** A meeting's minutes about the case: added when the chair approves them. */
    MINUTES("Panel minutes"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
