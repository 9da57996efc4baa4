package org.lotuspathway.concern;

/** The result of triage risk stratification (Appendix 2). */
public enum RiskBand {
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High");

    private final String label;

    RiskBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
