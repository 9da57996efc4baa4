package org.lotuspathway.concern;

public enum Profession {
    GP("GP"),
    HOSPITAL_DOCTOR("Hospital doctor"),
    DENTIST("Dentist"),
    OPTOMETRIST("Optometrist");

    private final String label;

    Profession(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
