package org.lotuspathway.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.concern.RiskBand;
import org.lotuspathway.process.Deadlines;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.WorkingCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which meeting considers which case, in what order. A case reaching the panel goes onto the next
 * meeting at least {@code lotus.meetings.notice-working-days} working days away, so the papers can
 * go out; a high-risk case onto the soonest meeting within its urgent deadline (the pathway's: 5
 * working days). When no meeting suits, the case waits and the chair and its case manager are asked
 * to call an extraordinary one; it is placed when a meeting that suits it is scheduled.
 */
@Service
public class Agenda {

    private final Concerns concerns;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingWaitRepository waits;
    private final MeetingSettings settings;
    private final WorkingCalendar calendar;
    private final Deadlines deadlines;
    private final PathwayClock clock;
    private final ExtraordinaryMeetingRequests requests;
    private final AuditLog audit;

    Agenda(Concerns concerns, MeetingRepository meetings, AgendaItemRepository items, MeetingWaitRepository waits,
            MeetingSettings settings, WorkingCalendar calendar, Deadlines deadlines, PathwayClock clock,
            ExtraordinaryMeetingRequests requests, AuditLog audit) {
        this.concerns = concerns;
        this.meetings = meetings;
        this.items = items;
        this.waits = waits;
        this.settings = settings;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.clock = clock;
        this.requests = requests;
        this.audit = audit;
    }

    /** The case has reached the panel: onto a meeting that suits it, or waiting for one. */
    @Transactional
    public void place(String businessKey) {
        Concern concern = concerns.get(businessKey);
        if (items.findFirstByConcernAndStatus(concern, AgendaStatus.WAITING).isPresent()
                || waits.findFirstByConcernAndPlacedAtIsNull(concern).isPresent()) {
            return;
        }
        boolean urgent = isUrgent(concern);
        Instant neededBy = urgent ? deadlines.forPanel(RiskBand.HIGH.name()).toInstant() : null;
        Optional<Meeting> suiting = meetings.findByStartsAtAfterOrderByStartsAtAsc(clock.now()).stream()
                .filter(meeting -> suits(meeting, urgent, neededBy)).findFirst();
        if (suiting.isPresent()) {
            add(suiting.get(), concern, urgent, AuditLog.SYSTEM);
        } else {
            wait(concern, urgent, neededBy);
        }
    }

    /** A newly scheduled meeting takes the waiting cases it suits, longest waiting first. */
    @Transactional
    public void placeWaiting(Meeting meeting) {
        for (MeetingWait wait : waits.findByPlacedAtIsNullOrderBySinceAsc()) {
            if (!wait.concern().isClosed() && suits(meeting, wait.urgent(), wait.neededBy().orElse(null))) {
                add(meeting, wait.concern(), wait.urgent(), AuditLog.SYSTEM);
                wait.placed(clock.now());
            }
        }
    }

    /** Puts a waiting case on a meeting that the rule did not choose (a scheduler's decision). */
    @Transactional
    public AgendaItem placeWaitingCase(long meetingId, String businessKey, String by) {
        Meeting meeting = upcoming(meetingId);
        if (businessKey == null || businessKey.isBlank()) {
            throw InvalidSubmission.of("businessKey", "Choose a waiting case to put on the agenda.");
        }
        Concern concern = concerns.get(businessKey);
        MeetingWait wait = waits.findFirstByConcernAndPlacedAtIsNull(concern).orElseThrow(() -> InvalidSubmission.of(
                "businessKey", "Case " + businessKey + " is not waiting for a meeting."));
        wait.placed(clock.now());
        audit.record(by, AuditAction.CHANGED_AGENDA, businessKey, "put on the agenda of meeting " + meeting.id());
        return add(meeting, concern, wait.urgent(), by);
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> of(Meeting meeting) {
        return items.findByMeetingOrderByPositionAscIdAsc(meeting);
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> of(Concern concern) {
        return items.findByConcernOrderByPlacedAtAscIdAsc(concern);
    }

    @Transactional(readOnly = true)
    public List<MeetingWait> waitsOf(Concern concern) {
        return waits.findByConcernOrderBySinceAsc(concern);
    }

    @Transactional(readOnly = true)
    public List<MeetingWait> waiting() {
        return waits.findByPlacedAtIsNullOrderBySinceAsc();
    }

    /** One place earlier (up) or later on the agenda, changing places with its neighbour. */
    @Transactional
    public void reorder(long meetingId, long itemId, boolean earlier, String by) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new UnknownMeeting(meetingId));
        List<AgendaItem> agenda = items.findByMeetingOrderByPositionAscIdAsc(meeting);
        int at = indexOf(agenda, itemId);
        int other = earlier ? at - 1 : at + 1;
        if (other < 0 || other >= agenda.size()) {
            return;
        }
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveTo(i + 1);
        }
        AgendaItem item = agenda.get(at);
        AgendaItem neighbour = agenda.get(other);
        item.moveTo(other + 1);
        neighbour.moveTo(at + 1);
        audit.record(by, AuditAction.CHANGED_AGENDA, item.businessKey(), "now item " + (other + 1)
                + " on the agenda of meeting " + meetingId);
    }

    /** To another meeting yet to happen, with the reason, which the case keeps. */
    @Transactional
    public AgendaItem move(long meetingId, long itemId, long toMeetingId, String reason, String by) {
        AgendaItem item = item(meetingId, itemId);
        if (toMeetingId == meetingId) {
            throw InvalidSubmission.of("toMeeting", "Choose another meeting than this one");
        }
        Meeting target = upcoming(toMeetingId);
        item.leave(AgendaStatus.MOVED, reason, by, clock.now());
        audit.record(by, AuditAction.CHANGED_AGENDA, item.businessKey(), "moved from meeting " + meetingId
                + " to meeting " + toMeetingId);
        return add(target, item.concern(), item.urgent(), by);
    }

    /**
     * Not reached at the meeting: carried to the next meeting after it, with the reason. The case
     * stays at the panel step of its pathway; with no later meeting it waits for one.
     */
    @Transactional
    public Optional<AgendaItem> carryOver(long meetingId, long itemId, String reason, String by) {
        AgendaItem item = item(meetingId, itemId);
        item.leave(AgendaStatus.CARRIED_OVER, reason, by, clock.now());
        Instant after = item.meeting().startsAt().isAfter(clock.now()) ? item.meeting().startsAt() : clock.now();
        Optional<Meeting> next = meetings.findByStartsAtAfterOrderByStartsAtAsc(after).stream().findFirst();
        audit.record(by, AuditAction.CHANGED_AGENDA, item.businessKey(), "carried over from meeting " + meetingId
                + next.map(m -> " to meeting " + m.id()).orElse(", waiting for a meeting"));
        if (next.isEmpty()) {
            wait(item.concern(), item.urgent(), null);
            return Optional.empty();
        }
        return Optional.of(add(next.get(), item.concern(), item.urgent(), by));
    }

    /** The panel's discussion of a case was recorded from its own task: its agenda place is done. */
    @Transactional
    public void recordedFromTask(String businessKey) {
        Concern concern = concerns.get(businessKey);
        items.findFirstByConcernAndStatus(concern, AgendaStatus.WAITING).ifPresent(item -> item.recordedFromTask(clock.now()));
        waits.findFirstByConcernAndPlacedAtIsNull(concern).ifPresent(wait -> wait.placed(clock.now()));
    }

    AgendaItem item(long meetingId, long itemId) {
        return items.findById(itemId).filter(item -> item.meeting().id().equals(meetingId))
                .orElseThrow(() -> new UnknownMeeting(meetingId + "/" + itemId));
    }

    private boolean suits(Meeting meeting, boolean urgent, Instant neededBy) {
        if (!meeting.startsAt().isAfter(clock.now())) {
            return false;
        }
        if (urgent) {
            return neededBy == null || !meeting.startsAt().isAfter(neededBy);
        }
        LocalDate earliest = calendar.workingDaysAfter(clock.today(), settings.noticeWorkingDays());
        return !meeting.date().isBefore(earliest);
    }

    private Meeting upcoming(long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> InvalidSubmission.of("toMeeting",
                "Choose a meeting from the list"));
        if (!meeting.startsAt().isAfter(clock.now())) {
            throw InvalidSubmission.of("toMeeting", "That meeting has already started; choose one yet to happen");
        }
        return meeting;
    }

    private AgendaItem add(Meeting meeting, Concern concern, boolean urgent, String by) {
        int last = items.findByMeetingOrderByPositionAscIdAsc(meeting).stream().mapToInt(AgendaItem::position).max()
                .orElse(0);
        return items.save(new AgendaItem(meeting, concern, last + 1, urgent, by, clock.now()));
    }

    private void wait(Concern concern, boolean urgent, Instant neededBy) {
        waits.save(new MeetingWait(concern, urgent, neededBy, clock.now()));
        requests.ask(concern, urgent, neededBy);
    }

    private static boolean isUrgent(Concern concern) {
        return concern.riskBand().map(band -> band == RiskBand.HIGH).orElse(false);
    }

    private static int indexOf(List<AgendaItem> agenda, long itemId) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).id() == itemId) {
                return i;
            }
        }
        throw new UnknownMeeting(itemId);
    }
}
