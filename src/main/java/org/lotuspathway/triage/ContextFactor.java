package org.lotuspathway.triage;

/** Context and system factors around a concern (Appendix 2). */
public enum ContextFactor {
    WORKLOAD("Workload"), ISOLATION("Professional isolation"), INDUCTION("Induction"), TEAM("Team relationships"),
    SYSTEMS("Systems and processes"), HEALTH_OR_PERSONAL("Health or personal circumstances"), OTHER("Other");

    private final String label;

    ContextFactor(String label) {
        this.label = label;
    }

    /** As the triage form offers it. */
    public String label() {
        return label;
    }
}
