package org.lotuspathway.triage;

/** Where the triage decision sends a case. */
public enum Route {
    LOCAL_RESOLUTION, INVESTIGATION, URGENT_PANEL
}
