package org.lotuspathway.register;

/** The NHS England performers lists for primary care: doctors, dentists, ophthalmic practitioners. */
public enum PerformersList {
    MEDICAL("Medical performers list"),
    DENTAL("Dental performers list"),
    OPHTHALMIC("Ophthalmic performers list");

    private final String label;

    PerformersList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
