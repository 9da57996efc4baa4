package org.lotuspathway.register;

/** How a practitioner would rather be contacted. */
public enum ContactWay {
    PHONE("A phone call"), TEXT("A text message"), EMAIL("Email"), LETTER("A letter");

    private final String label;

    ContactWay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
