package org.lotuspathway.register;

/** The orders the register offers; each but the practitioner's name is read along an index. */
public enum RegisterSort {
    OPENED_NEWEST("Newest first", "c.raised_at desc, c.id desc"),
    OPENED_OLDEST("Oldest first", "c.raised_at asc, c.id asc"),
    CLOSED_NEWEST("Most recently closed", "c.closed_on desc nulls last, c.id desc"),
    PRACTITIONER("Practitioner's name", "p.name asc, c.raised_at desc, c.id desc");

    private final String label;
    private final String orderBy;

    RegisterSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    String orderBy() {
        return orderBy;
    }
}
