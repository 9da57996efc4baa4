package org.lotuspathway.wellbeing;

/** Why a check-in was due: the regular rhythm, or a key moment such as a panel decision or a worrying triage. */
public enum CheckInReason {
    REGULAR, AFTER_PANEL,
    /** Triage found the practitioner may be vulnerable or need support now. */
    AT_TRIAGE
}
