package org.lotuspathway.register;

/** A practitioner's standing with their regulator (GMC, GDC or GOC). */
public enum RegistrationStatus {
    REGISTERED("Registered"),
    REGISTERED_WITH_CONDITIONS("Registered with conditions"),
    REGISTERED_WITH_UNDERTAKINGS("Registered with undertakings"),
    REGISTERED_WITH_WARNING("Registered with a warning"),
    SUSPENDED("Suspended"),
    ERASED("Erased or removed"),
    NOT_REGISTERED("Not registered");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
