package org.lotuspathway.updates;

/** What a letter is for; each letter's own title is in {@link LetterTitles}. */
public enum UpdateKind {
    /** Appendix 5: after a panel (PAG/PSG) discussion. */
    PANEL_OUTCOME,
    /** The final update when the case closes. */
    CLOSURE
}
