package org.lotuspathway.panel;

import java.time.LocalDate;

/** Published in the recording's transaction when a panel discussion of a case is recorded, from wherever. */
public record PanelDiscussionRecorded(String businessKey, LocalDate meetingDate) {
}
