package org.lotuspathway.meetings;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.documents.DocumentKind;
import org.lotuspathway.documents.NewDocument;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.People;
import org.lotuspathway.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's minutes: attendance, apologies, declarations and each case's decision and reasons,
 * printed from the meeting's own records. A draft until the chair approves them; then each case
 * keeps its own part as a "Panel minutes" document, so nobody reading a case reads another's.
 */
@Service
public class Minutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MeetingSchedule schedule;
    private final Agenda agenda;
    private final Declarations declarations;
    private final PanelDiscussions discussions;
    private final ApprovedMinutesRepository approvals;
    private final CaseDocuments documents;
    private final People people;
    private final AuditLog audit;
    private final PathwayClock clock;

    Minutes(MeetingSchedule schedule, Agenda agenda, Declarations declarations, PanelDiscussions discussions,
            ApprovedMinutesRepository approvals, CaseDocuments documents, People people, AuditLog audit,
            PathwayClock clock) {
        this.schedule = schedule;
        this.agenda = agenda;
        this.declarations = declarations;
        this.discussions = discussions;
        this.approvals = approvals;
        this.documents = documents;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the meeting page says of the minutes, and offers the chair. */
    public record State(Optional<String> approval, boolean mayApprove, Optional<String> notYet,
            List<MeetingMember> notPresent) {
    }

    /** The minutes as this reader may read them; a case they declared an interest in is withheld. */
    @Transactional
    public byte[] pdf(CurrentUser user, long meetingId) {
        Meeting meeting = schedule.meeting(user, meetingId);
        List<AgendaItem> items = considered(meeting);
        List<MinutesPdf.CaseMinute> cases = items.stream().map(item -> minute(meeting, item,
                declarations.hasInterest(meeting, item.concern(), user.name()))).toList();
        cases.stream().filter(minute -> !minute.withheld()).forEach(minute -> audit.record(user.name(),
                AuditAction.READ_MINUTES, minute.businessKey(), "minutes of meeting " + meetingId));
        return MinutesPdf.print(content(meeting, items, cases));
    }

    @Transactional(readOnly = true)
    public State state(CurrentUser user, Meeting meeting) {
        List<AgendaItem> items = considered(meeting);
        Set<String> present = presentAtAll(items);
        return new State(approvalOf(meeting), mayApprove(user, meeting), whyNotYet(meeting),
                meeting.members().stream().filter(member -> !present.contains(member.username())).toList());
    }

    /** The chair approves the minutes, saying who sent apologies; each case then keeps its part. */
    @Transactional
    public int approve(CurrentUser user, long meetingId, List<String> apologies) {
        Meeting meeting = schedule.meeting(user, meetingId);
        if (!mayApprove(user, meeting)) {
            throw new NotTheChair();
        }
        if (approvals.existsById(meetingId)) {
            throw InvalidSubmission.of("minutes", "The minutes were approved already: " + approvalOf(meeting).orElseThrow());
        }
        whyNotYet(meeting).ifPresent(reason -> {
            throw InvalidSubmission.of("minutes", reason);
        });
        List<AgendaItem> items = considered(meeting);
        Set<String> present = presentAtAll(items);
        List<String> sent = apologies == null ? List.of() : apologies.stream().distinct().toList();
        if (sent.stream().anyMatch(username -> meeting.member(username).isEmpty() || present.contains(username))) {
            throw InvalidSubmission.of("apologies", "Choose apologies only from the members who were not present");
        }
        approvals.save(new ApprovedMinutes(meetingId, sent, user.name(), clock.now()));
        for (AgendaItem item : items) {
            MinutesPdf.Content itsPart = content(meeting, items, List.of(minute(meeting, item, false)));
            documents.add(item.businessKey(), new NewDocument("Minutes: " + meeting.describe(), DocumentKind.MINUTES,
                    false, null, MinutesPdf.print(itsPart)), user.name());
            audit.record(user.name(), AuditAction.APPROVED_MINUTES, item.businessKey(), "minutes of meeting " + meetingId);
        }
        return items.size();
    }

    private boolean mayApprove(CurrentUser user, Meeting meeting) {
        return user.isIn(Roles.PANEL) && meeting.chair().map(chair -> chair.username().equals(user.name())).orElse(false);
    }

    private Optional<String> whyNotYet(Meeting meeting) {
        if (meeting.date().isAfter(clock.today())) {
            return Optional.of("The minutes can be approved once the meeting has taken place.");
        }
        if (agenda.of(meeting).stream().anyMatch(AgendaItem::isWaiting)) {
            return Optional.of("Record or carry over every case on the agenda first.");
        }
        return Optional.empty();
    }

    private Optional<String> approvalOf(Meeting meeting) {
        return approvals.findById(meeting.id()).map(approved -> "Approved by " + people.nameOf(approved.approvedBy())
                + ", chair, on " + DAY.format(approved.approvedAt().atZone(PathwayClock.UK)) + ".");
    }

    private MinutesPdf.Content content(Meeting meeting, List<AgendaItem> items, List<MinutesPdf.CaseMinute> cases) {
        Set<String> present = presentAtAll(items);
        List<String> attendance = meeting.members().stream().filter(m -> present.contains(m.username()))
                .map(this::nameAndRole).toList();
        Optional<ApprovedMinutes> approved = approvals.findById(meeting.id());
        List<String> apologies = approved.map(a -> a.apologies().stream().map(u -> meeting.member(u).map(this::nameAndRole)
                .orElse(u)).toList()).orElseGet(() -> meeting.members().stream().filter(m -> !present.contains(m.username()))
                .map(m -> nameAndRole(m) + " (not present; the chair confirms apologies)").toList());
        return new MinutesPdf.Content(meeting, attendance, apologies, cases, approvalOf(meeting));
    }

    private MinutesPdf.CaseMinute minute(Meeting meeting, AgendaItem item, boolean withheld) {
        List<String> present = item.present().stream().map(u -> meeting.member(u).map(this::nameAndRole).orElse(u)).toList();
        List<String> declared = declarations.about(meeting, item.concern()).stream().filter(Declaration::interest)
                .map(d -> meeting.member(d.username()).map(this::nameAndRole).orElse(d.username())
                        + d.detail().map(detail -> ": " + detail).orElse("") + ". Took no part in this case.")
                .toList();
        return new MinutesPdf.CaseMinute(item.businessKey(), item.concern().practitioner().name(), item.status(),
                item.reason(), present, declared, item.status() == AgendaStatus.DISCUSSED
                        ? discussions.heldOn(item.businessKey(), meeting.date()) : Optional.empty(), withheld);
    }

    /** The cases the meeting dealt with: all but those still waiting, none of them moved here and back. */
    private List<AgendaItem> considered(Meeting meeting) {
        return agenda.of(meeting).stream().filter(item -> !item.isWaiting()).toList();
    }

    private static Set<String> presentAtAll(List<AgendaItem> items) {
        Set<String> present = new LinkedHashSet<>();
        items.forEach(item -> present.addAll(item.present()));
        return present;
    }

    private String nameAndRole(MeetingMember member) {
        return people.nameOf(member.username()) + ", " + member.role().inSentence();
    }

    /** Only the meeting's chair approves its minutes. */
    public static class NotTheChair extends RuntimeException {

        NotTheChair() {
            super("Only the meeting's chair, in the PAG/PSG group, approves its minutes.");
        }
    }
}
