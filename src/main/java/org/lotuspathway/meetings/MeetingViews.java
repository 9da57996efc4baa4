package org.lotuspathway.meetings;

import java.util.List;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads meetings for their pages and the API, for those who may see them. */
@Service
public class MeetingViews {

    private final MeetingSchedule schedule;
    private final Agenda agenda;
    private final People people;
    private final PathwayClock clock;
    private final Declarations declarations;
    private final AuditLog audit;

    MeetingViews(MeetingSchedule schedule, Agenda agenda, People people, PathwayClock clock, Declarations declarations,
            AuditLog audit) {
        this.audit = audit;
        this.schedule = schedule;
        this.agenda = agenda;
        this.people = people;
        this.clock = clock;
        this.declarations = declarations;
    }

    @Transactional(readOnly = true)
    public MeetingView of(CurrentUser user, long meetingId) {
        return view(schedule.meeting(user, meetingId), user.name());
    }

    @Transactional(readOnly = true)
    public List<MeetingView.Summary> list(CurrentUser user) {
        return schedule.visibleTo(user).stream().map(meeting -> new MeetingView.Summary(meeting.id(), meeting.describe(),
                meeting.place(), !meeting.startsAt().isAfter(clock.now()),
                agenda.of(meeting).stream().filter(AgendaItem::isWaiting).count())).toList();
    }

    /** Meetings yet to start, other than this one: where a case may be moved. */
    @Transactional(readOnly = true)
    public List<MeetingView.Summary> otherUpcoming(long meetingId) {
        return schedule.upcoming().stream().filter(meeting -> meeting.id() != meetingId)
                .map(meeting -> new MeetingView.Summary(meeting.id(), meeting.describe(), meeting.place(), false, 0))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MeetingView.Waiting> waiting() {
        return agenda.waiting().stream().map(wait -> new MeetingView.Waiting(wait.concern().businessKey(),
                wait.concern().practitioner().name(), wait.urgent(), wait.since(), wait.neededBy().orElse(null))).toList();
    }

    MeetingView view(Meeting meeting, String reader) {
        return new MeetingView(meeting.id(), meeting.describe(), meeting.type(), meeting.startsAt(), meeting.date(),
                meeting.place(), meeting.extraordinary(), !meeting.startsAt().isAfter(clock.now()),
                meeting.members().stream().map(member -> new MeetingView.Member(member.username(),
                        people.nameOf(member.username()), member.role(),
                        member.profession().map(p -> p.label()).orElse(null))).toList(),
                agenda.of(meeting).stream().map(item -> new MeetingView.Item(item.id(), item.position(),
                        item.businessKey(), item.concern().practitioner().name(), item.urgent(), item.status(),
                        item.reason().orElse(null), item.closedBy().orElse(null),
                        item.present().stream().map(people::nameOf).toList(), interests(meeting, item),
                        myDeclaration(meeting, item, reader))).toList());
    }

    private List<String> interests(Meeting meeting, AgendaItem item) {
        return declarations.about(meeting, item.concern()).stream().filter(Declaration::interest)
                .map(d -> people.nameOf(d.username()) + ": " + d.detail().orElse("")).toList();
    }

    private String myDeclaration(Meeting meeting, AgendaItem item, String reader) {
        return declarations.about(meeting, item.concern()).stream().filter(d -> d.username().equals(reader)).findFirst()
                .map(d -> d.interest() ? "INTEREST" : "NONE").orElse(null);
    }

    /** Each case on the agenda the user was shown is in that case's audit log. */
    @Transactional
    public void recordShown(CurrentUser user, MeetingView meeting, String where) {
        meeting.agenda().forEach(item -> audit.record(user.name(), AuditAction.VIEWED_MEETING, item.businessKey(),
                where + " of meeting " + meeting.id()));
    }
}
