package org.lotuspathway.panel;

public enum MeetingType {
    ROUTINE, URGENT
}
