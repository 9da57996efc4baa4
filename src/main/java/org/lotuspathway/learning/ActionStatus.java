package org.lotuspathway.learning;

public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE
}
