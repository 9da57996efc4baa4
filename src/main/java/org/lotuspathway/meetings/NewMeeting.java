package org.lotuspathway.meetings;

import java.time.LocalDateTime;
import java.util.List;

/** A meeting to schedule: when (UK time), where, and who sits on it. */
public record NewMeeting(MeetingType type, LocalDateTime startsAt, String place, boolean extraordinary,
        List<NewMember> members) {
}
