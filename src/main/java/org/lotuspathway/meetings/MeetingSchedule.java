package org.lotuspathway.meetings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.common.Years;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling meetings and who sits on them, and who may see which. Case managers and the
 * Responsible Officer schedule and see every meeting; a panel member sees the meetings they sit on.
 */
@Service
public class MeetingSchedule {

    /** Whose members may sit on a meeting: those the schedule page offers. */
    static final List<String> MEMBERS_GROUPS = List.of(Roles.PANEL, Roles.RESPONSIBLE_OFFICER, Roles.CASE_MANAGER);

    private final MeetingRepository meetings;
    private final Agenda agenda;
    private final StaffDirectory staff;
    private final PathwayClock clock;
    private final AuditLog audit;

    MeetingSchedule(MeetingRepository meetings, Agenda agenda, StaffDirectory staff, PathwayClock clock, AuditLog audit) {
        this.audit = audit;
        this.meetings = meetings;
        this.agenda = agenda;
        this.staff = staff;
        this.clock = clock;
    }

    /** Schedules the meeting with its members; it takes the waiting cases it suits. */
    @Transactional
    public Meeting schedule(NewMeeting request, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.type() == null) {
            problems.put("type", "Choose PAG or PSG");
        }
        Instant startsAt = request.startsAt() == null ? null : request.startsAt().atZone(PathwayClock.UK).toInstant();
        if (startsAt == null) {
            problems.put("startsAt", "Enter the date and time the meeting starts");
        } else if (!Years.within(request.startsAt())) {
            problems.put("startsAt", Years.ASK);
        } else if (PathwayClock.UK.getRules().getValidOffsets(request.startsAt()).isEmpty()) {
            problems.put("startsAt", "There is no " + request.startsAt().toLocalTime() + " on "
                    + request.startsAt().toLocalDate() + " in the UK: the clocks go forward an hour. Choose another time");
        } else if (!startsAt.isAfter(clock.now())) {
            problems.put("startsAt", "The meeting must start in the future");
        }
        String place = request.place() == null ? "" : request.place().strip();
        if (place.isEmpty()) {
            problems.put("place", "Enter where the meeting is held, or its video link");
        } else if (place.length() > Meeting.PLACE_LENGTH) {
            problems.put("place", "The place must be " + Meeting.PLACE_LENGTH + " characters or fewer");
        }
        List<NewMember> members = request.members() == null ? List.of() : request.members();
        if (members.stream().filter(m -> m.role() == MeetingRole.CHAIR).count() != 1) {
            problems.put("members", "Name one chair for the meeting");
        }
        members.forEach(member -> checkMember(member, problems));
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        Meeting meeting = new Meeting(request.type(), startsAt, place, request.extraordinary(), by, clock.now());
        members.forEach(member -> meeting.add(member, by, clock.now()));
        Meeting saved = meetings.save(meeting);
        agenda.placeWaiting(saved);
        return saved;
    }

    /**
     * Regular meetings, the first as asked and each later one on the same weekday of its month
     * ({@link MonthlySeries}), with the same place and members; all are scheduled, or none.
     */
    @Transactional
    public List<Meeting> scheduleSeries(NewMeeting first, Integer meetingsInAll, String by) {
        if (meetingsInAll == null || meetingsInAll < 2 || meetingsInAll > MonthlySeries.MOST_MEETINGS) {
            throw InvalidSubmission.of("series", "A series has from 2 to " + MonthlySeries.MOST_MEETINGS + " meetings");
        }
        if (first.startsAt() == null || !Years.within(first.startsAt())) {
            return List.of(schedule(first, by)); // refused, with every problem of the first meeting
        }
        return MonthlySeries.startingAt(first.startsAt(), meetingsInAll).stream()
                .map(start -> schedule(new NewMeeting(first.type(), start, first.place(), first.extraordinary(),
                        first.members()), by))
                .toList();
    }

    @Transactional
    public MeetingMember addMember(long meetingId, NewMember member, String by) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new UnknownMeeting(meetingId));
        Map<String, String> problems = new LinkedHashMap<>();
        checkMember(member, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        MeetingMember added = meeting.add(member, by, clock.now());
        agenda.of(meeting).forEach(item -> audit.record(by, AuditAction.ADDED_MEETING_MEMBER, item.businessKey(),
                added.username() + " as " + added.role().inSentence() + " of meeting " + meetingId));
        return added;
    }

    /** The meeting, if the user may see it; otherwise "unknown", as for one that does not exist. */
    @Transactional(readOnly = true)
    public Meeting meeting(CurrentUser user, long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new UnknownMeeting(meetingId));
        if (!seesEveryMeeting(user) && meeting.member(user.name()).isEmpty()) {
            throw new UnknownMeeting(meetingId);
        }
        meeting.members().size();
        return meeting;
    }

    /** Newest first: every meeting for those who schedule them, else those the user sits on. */
    @Transactional(readOnly = true)
    public List<Meeting> visibleTo(CurrentUser user) {
        return seesEveryMeeting(user) ? meetings.findAllByOrderByStartsAtDesc() : meetings.sittingOn(user.name());
    }

    /** Meetings yet to start, soonest first: where a case may be moved. */
    @Transactional(readOnly = true)
    public List<Meeting> upcoming() {
        return meetings.findByStartsAtAfterOrderByStartsAtAsc(clock.now());
    }

    public static boolean schedules(CurrentUser user) {
        return user.isIn(Roles.CASE_MANAGER) || user.isIn(Roles.RESPONSIBLE_OFFICER);
    }

    private static boolean seesEveryMeeting(CurrentUser user) {
        return schedules(user);
    }

    private void checkMember(NewMember member, Map<String, String> problems) {
        if (member.username() == null || member.username().isBlank()) {
            problems.putIfAbsent("members", "Give each member's username");
        } else if (staff.find(member.username().strip()).isEmpty()) {
            problems.putIfAbsent("members", "Nobody has the username " + member.username().strip());
        } else if (staff.groupsOf(member.username().strip()).stream().noneMatch(MEMBERS_GROUPS::contains)) {
            // A practitioner, a reader of the library or an administrator would be counted in the quorum.
            problems.putIfAbsent("members", member.username().strip()
                    + " cannot sit on a meeting: members are PAG/PSG members, case managers or the Responsible Officer's team");
        } else if (member.role() == null) {
            problems.putIfAbsent("members", "Give " + member.username().strip() + " a role at the meeting");
        }
    }
}
