package org.lotuspathway.learning;

/** Contributory factor headings of the SEIPS model. */
public enum SeipsFactor {
    PERSON("Person"),
    TASKS("Tasks"),
    TOOLS_AND_TECHNOLOGY("Tools and technology"),
    ENVIRONMENT("Environment"),
    ORGANISATION("Organisation");

    private final String label;

    SeipsFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
