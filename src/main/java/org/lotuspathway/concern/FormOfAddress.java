package org.lotuspathway.concern;

/** How a practitioner prefers to be addressed in letters: "Dear Dr Example", "Dear Ann", "Dear Ann Example". */
public enum FormOfAddress {
    TITLE_AND_FAMILY_NAME("Title and family name, like Dr Example"),
    GIVEN_NAME("First name, like Ann"),
    FULL_NAME("First and family name, like Ann Example");

    private final String label;

    FormOfAddress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
