package org.lotuspathway.wellbeing;

/** Why a check-in was due: the regular rhythm, or a key moment such as a panel decision. */
public enum CheckInReason {
    REGULAR, AFTER_PANEL
}
