package org.lotuspathway.panel;

/** What a PAG/PSG discussion can decide. */
public enum PanelDecision {
    NO_FURTHER_ACTION("No further action"),
    MONITOR("Monitor"),
    FURTHER_INVESTIGATION("Further investigation"),
    LOCAL_REMEDIATION("Local support or remediation plan"),
    VOLUNTARY_UNDERTAKINGS("Voluntary undertakings"),
    REFER_PPA("Refer to Practitioner Performance Advice"),
    REFER_REGULATOR("Refer to the regulator"),
    REFER_PLDP("Refer to the Performers List Decision Panel");

    private final String label;

    PanelDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
