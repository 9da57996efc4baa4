package org.lotuspathway.updates;

public enum UpdateKind {
    /** Appendix 5: after a PAG/PSG discussion. */
    PANEL_OUTCOME,
    /** The final update when the case closes. */
    CLOSURE
}
