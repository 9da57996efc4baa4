package org.lotuspathway.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lotuspathway.forms.FormSubmission;
import org.lotuspathway.panel.MeetingType;
import org.lotuspathway.process.ConcernPathway;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.People;
import org.lotuspathway.worklist.CaseTask;
import org.lotuspathway.worklist.OpenTask;
import org.lotuspathway.worklist.TaskCommands;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a case's outcome at the meeting, case by case: checks the quorum among those present,
 * then completes the case's panel task exactly as its task page does (same form, same checks, same
 * listeners), with the meeting's date as the date of the discussion, so the practitioner's update
 * falls due 5 working days after the meeting.
 */
@Service
public class MeetingOutcomes {

    private final MeetingRepository meetings;
    private final Agenda agenda;
    private final TaskCommands tasks;
    private final MeetingSettings settings;
    private final People people;
    private final Declarations declarations;
    private final PathwayClock clock;

    MeetingOutcomes(MeetingRepository meetings, Agenda agenda, TaskCommands tasks, MeetingSettings settings,
            People people, Declarations declarations, PathwayClock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.tasks = tasks;
        this.settings = settings;
        this.people = people;
        this.declarations = declarations;
        this.clock = clock;
    }

    /** Whether the user may record outcomes at this meeting: its chair or secretary, in the panel's group. */
    public boolean mayRecord(CurrentUser user, Meeting meeting) {
        return user.isIn(org.lotuspathway.security.Roles.PANEL) && meeting.isRecordedBy(user.name());
    }

    @Transactional
    public void record(CurrentUser user, long meetingId, long itemId, Outcome outcome) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new UnknownMeeting(meetingId));
        AgendaItem item = agenda.item(meetingId, itemId);
        if (!mayRecord(user, meeting)) {
            throw new NotTheRecorder();
        }
        if (declarations.hasInterest(meeting, item.concern(), user.name())) {
            throw new Declarations.DeclaredInterest(item.businessKey());
        }
        if (meeting.date().isAfter(clock.today())) {
            throw InvalidSubmission.of("item", "Record outcomes once the meeting has taken place");
        }
        if (!item.isWaiting()) {
            throw InvalidSubmission.of("item", "This case is no longer waiting on this agenda: "
                    + item.status().label().toLowerCase(Locale.UK) + ".");
        }
        List<MeetingMember> present = meeting.members().stream().filter(m -> outcome.present().contains(m.username()))
                .toList();
        if (present.size() != outcome.present().size()) {
            throw InvalidSubmission.of("present", "Choose who was present from the meeting's members");
        }
        List<MeetingMember> withAnInterest = meeting.members().stream()
                .filter(m -> declarations.hasInterest(meeting, item.concern(), m.username())).toList();
        withAnInterest.stream().filter(present::contains).findFirst().ifPresent(conflicted -> {
            throw InvalidSubmission.of("present", people.nameOf(conflicted.username())
                    + " declared an interest in this case and takes no part in it: they are not present for it.");
        });
        // Quorum after conflicts: those with an interest are not among those present for the case.
        settings.quorum().shortfall(present.stream().map(MeetingMember::role).toList())
                .ifPresent(shortfall -> {
                    throw InvalidSubmission.of("present", shortfall);
                });
        CaseTask panelTask = tasks.openTasksOf(item.businessKey()).stream()
                .filter(task -> ConcernPathway.TASK_HOLD_PANEL_DISCUSSION.equals(task.taskDefinitionKey()))
                .findFirst().orElseThrow(() -> InvalidSubmission.of("item",
                        "Case " + item.businessKey() + " is not waiting for a panel discussion."));
        OpenTask task = tasks.open(user, panelTask.id());
        // Marked first, in this transaction: the panel's listener then sees no case waiting here to close.
        item.discussed(outcome.present(), user.name(), clock.now());
        Map<String, String> problems = tasks.complete(user, task.id(), FormSubmission.read(task.form(),
                asPosted(meeting, present, withAnInterest, outcome)));
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
    }

    /** The answers as the panel task's page would post them. */
    private Map<String, String[]> asPosted(Meeting meeting, List<MeetingMember> present,
            List<MeetingMember> withAnInterest, Outcome outcome) {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("meetingDate", new String[] {meeting.date().toString()});
        posted.put("meetingType", new String[] {(meeting.extraordinary() ? MeetingType.URGENT : MeetingType.ROUTINE).name()});
        String attendees = String.join("\n", present.stream().map(this::nameAndRole).toList());
        if (!withAnInterest.isEmpty()) {
            attendees += "\nDeclared an interest and took no part: "
                    + String.join("; ", withAnInterest.stream().map(this::nameAndRole).toList());
        }
        posted.put("attendees", new String[] {attendees});
        put(posted, "concernsConsidered", outcome.discussion());
        put(posted, "decision", outcome.decision());
        put(posted, "reasons", outcome.reasons());
        put(posted, "undertakingsOrConditions", outcome.undertakingsOrConditions());
        put(posted, "nextSteps", outcome.nextSteps());
        put(posted, "nextReviewBy", outcome.nextReviewBy());
        return posted;
    }

    private String nameAndRole(MeetingMember member) {
        return people.nameOf(member.username()) + ", " + member.role().inSentence();
    }

    private static void put(Map<String, String[]> posted, String key, String value) {
        if (value != null) {
            posted.put(key, new String[] {value});
        }
    }

    /** Only the meeting's chair or secretary records its outcomes. */
    public static class NotTheRecorder extends RuntimeException {

        NotTheRecorder() {
            super("Only the meeting's chair or secretary, in the PAG/PSG group, records its outcomes.");
        }
    }
}
