package org.lotuspathway.register;

/** The level of a Disclosure and Barring Service check. */
public enum DbsLevel {
    BASIC("Basic"),
    STANDARD("Standard"),
    ENHANCED("Enhanced"),
    ENHANCED_WITH_BARRED_LISTS("Enhanced with barred lists");

    private final String label;

    DbsLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
