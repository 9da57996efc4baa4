package org.lotuspathway.wellbeing;

/** Where a practitioner can get support, outside the case team. */
public enum SupportService {
    PRACTITIONER_HEALTH("NHS Practitioner Health"),
    BMA_SUPPORT("BMA Doctor Support Service"),
    OCCUPATIONAL_HEALTH("Occupational health"),
    DEFENCE_ORGANISATION("Their defence organisation");

    private final String label;

    SupportService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
