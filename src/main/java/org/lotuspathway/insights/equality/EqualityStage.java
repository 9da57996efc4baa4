package org.lotuspathway.insights.equality;

/**
 * The stages equality monitoring counts concerns at. A concern counts once at a stage it reached,
 * however many panel rounds it had. Each condition is SQL on the concern {@code c}.
 */
public enum EqualityStage {
    RECEIVED("Concern received", "1 = 1"),
    TRIAGED_LOW("Triaged as low risk", "c.risk_band = 'LOW'"),
    TRIAGED_MODERATE("Triaged as moderate risk", "c.risk_band = 'MODERATE'"),
    TRIAGED_HIGH("Triaged as high risk", "c.risk_band = 'HIGH'"),
    PANEL_NO_FURTHER_ACTION("PAG: no further action", decided("'NO_FURTHER_ACTION'")),
    PANEL_SUPPORT("PAG: monitoring, support or undertakings",
            decided("'MONITOR', 'LOCAL_REMEDIATION', 'VOLUNTARY_UNDERTAKINGS'")),
    PANEL_INVESTIGATION("PAG: further investigation or advice", decided("'FURTHER_INVESTIGATION', 'REFER_PPA'")),
    REFERRED("Referred to the regulator or the PLDP", decided("'REFER_REGULATOR', 'REFER_PLDP'"));

    private final String label;
    private final String condition;

    EqualityStage(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    /** The triage bands: once every case is triaged, they add up to {@link #RECEIVED}. */
    static java.util.List<EqualityStage> triageBands() {
        return java.util.List.of(TRIAGED_LOW, TRIAGED_MODERATE, TRIAGED_HIGH);
    }

    public String label() {
        return label;
    }

    String condition() {
        return condition;
    }

    private static String decided(String decisions) {
        return "exists (select 1 from panel_discussion d where d.concern_id = c.id and d.decision in (" + decisions + "))";
    }
}
