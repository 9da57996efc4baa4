package org.lotuspathway.portal;

public enum ResponseKind {
    COMMENT("A comment"),
    CALL_REQUEST("A request for a call");

    private final String label;

    ResponseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
