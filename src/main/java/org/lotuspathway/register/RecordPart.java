package org.lotuspathway.register;

/** The parts of a practitioner's record that change, each with its own history. */
public enum RecordPart {
    REGISTRATION("Registration"),
    PERFORMERS_LIST("Performers list"),
    VETTING("Vetting"),
    IDENTITY("Name and profession"),
    CONTACT("Contact details");

    private final String label;

    RecordPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
