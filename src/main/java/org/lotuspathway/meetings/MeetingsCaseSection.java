package org.lotuspathway.meetings;

import java.util.ArrayList;
import java.util.List;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.CaseSection;
import org.lotuspathway.process.TimelineEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case page's meetings: each agenda the case was on and what became of it there, and any wait for one. */
@Component
class MeetingsCaseSection implements CaseSection {

    private final Concerns concerns;
    private final Agenda agenda;

    MeetingsCaseSection(Concerns concerns, Agenda agenda) {
        this.concerns = concerns;
        this.agenda = agenda;
    }

    record Placement(long meetingId, String meeting, AgendaStatus status, String reason, boolean urgent) {
    }

    record OnCase(List<Placement> placements, boolean waiting) {
    }

    @Override
    public int order() {
        return 9;
    }

    @Override
    public String template() {
        return "meetings/case-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Part read(String businessKey) {
        Concern concern = concerns.get(businessKey);
        List<Placement> placements = new ArrayList<>();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (AgendaItem item : agenda.of(concern)) {
            String meeting = item.meeting().describe();
            placements.add(new Placement(item.meeting().id(), meeting, item.status(), item.reason().orElse(null),
                    item.urgent()));
            timeline.add(new TimelineEntry(item.placedAt(), item.placedBy(), "On the agenda: " + meeting, null,
                    TimelineEntry.Kind.RECORD));
            if (item.status() == AgendaStatus.MOVED || item.status() == AgendaStatus.CARRIED_OVER) {
                timeline.add(new TimelineEntry(item.closedAt().orElseThrow(), item.closedBy().orElse(null),
                        (item.status() == AgendaStatus.MOVED ? "Moved off the agenda: " : "Carried over, not reached: ")
                                + meeting,
                        item.reason().orElse(null), TimelineEntry.Kind.RECORD));
            }
        }
        boolean waiting = false;
        for (MeetingWait wait : agenda.waitsOf(concern)) {
            timeline.add(new TimelineEntry(wait.since(), null, "No meeting suits the case: an extraordinary meeting asked for",
                    wait.urgent() ? "Urgent" : null, TimelineEntry.Kind.RECORD));
            waiting |= wait.placedAt().isEmpty();
        }
        return new Part(new OnCase(placements, waiting), timeline);
    }
}
