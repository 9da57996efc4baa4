package org.lotuspathway.triage;

/** How far the practitioner recognises the concern and what to change. */
public enum Insight {
    FULL, PARTIAL, NONE
}
