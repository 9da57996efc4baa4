package org.lotuspathway.register;

/** The checks that fall due and get a reminder. */
public enum CheckKind {
    REVALIDATION("Revalidation"),
    RENEWAL("Registration renewal"),
    VETTING("DBS check");

    private final String label;

    CheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
