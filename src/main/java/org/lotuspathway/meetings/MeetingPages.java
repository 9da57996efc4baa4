package org.lotuspathway.meetings;

import java.util.List;
import java.util.Map;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.panel.PanelDecision;
import org.lotuspathway.process.engine.StaffDirectory;
import org.lotuspathway.process.engine.StaffMember;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** What the meetings pages show, and the checks of who may do what there, for {@link MeetingController}. */
@Service
class MeetingPages {

    private final MeetingSchedule schedule;
    private final Agenda agenda;
    private final MeetingOutcomes outcomes;
    private final MeetingViews views;
    private final StaffDirectory staff;
    private final MeetingRepository meetings;
    private final MeetingPapers papers;
    private final Declarations declarations;
    private final Minutes minutes;
    private final People people;

    MeetingPages(MeetingSchedule schedule, Agenda agenda, MeetingOutcomes outcomes, MeetingViews views,
            StaffDirectory staff, MeetingRepository meetings, MeetingPapers papers, Declarations declarations,
            Minutes minutes, People people) {
        this.minutes = minutes;
        this.people = people;
        this.schedule = schedule;
        this.agenda = agenda;
        this.outcomes = outcomes;
        this.views = views;
        this.staff = staff;
        this.meetings = meetings;
        this.papers = papers;
        this.declarations = declarations;
    }

    MeetingPapers papers() {
        return papers;
    }

    Declarations declarations() {
        return declarations;
    }

    Minutes minutes() {
        return minutes;
    }

    MeetingSchedule schedule() {
        return schedule;
    }

    Agenda agenda() {
        return agenda;
    }

    MeetingViews views() {
        return views;
    }

    void scheduleForm(Model model, ScheduleForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ScheduleForm.MEMBER_ROWS).boxed().toList());
        choices(model);
    }

    @Transactional(readOnly = true)
    public void meetingPage(Model model, CurrentUser user, long meetingId) {
        MeetingView meeting = views.of(user, meetingId);
        boolean schedules = MeetingSchedule.schedules(user);
        model.addAttribute("meeting", meeting);
        model.addAttribute("schedules", schedules);
        Meeting stored = meetings.findById(meetingId).orElseThrow();
        model.addAttribute("mayRecord", outcomes.mayRecord(user, stored));
        model.addAttribute("member", stored.member(user.name()).isPresent());
        model.addAttribute("moveTo", schedules ? views.otherUpcoming(meetingId) : List.of());
        model.addAttribute("waiting", schedules && !meeting.started() ? views.waiting() : List.of());
        model.addAttribute("minutes", minutes.state(user, stored));
        model.addAttribute("people", people);
        choices(model);
    }

    @Transactional(readOnly = true)
    public void outcomePage(Model model, CurrentUser user, long meetingId, long itemId, Outcome outcome,
            Map<String, String> problems) {
        MeetingView meeting = views.of(user, meetingId);
        Meeting stored = meetings.findById(meetingId).orElseThrow();
        if (!outcomes.mayRecord(user, stored)) {
            throw new MeetingOutcomes.NotTheRecorder();
        }
        refuseWithAnInterest(user, stored, agenda.item(meetingId, itemId));
        MeetingView.Item item = meeting.agenda().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new UnknownMeeting(meetingId + "/" + itemId));
        model.addAttribute("meeting", meeting);
        model.addAttribute("item", item);
        model.addAttribute("outcome", outcome);
        model.addAttribute("problems", problems);
        model.addAttribute("decisions", PanelDecision.values());
    }

    @Transactional
    public String record(CurrentUser user, long meetingId, long itemId, Outcome outcome) {
        views.of(user, meetingId);
        outcomes.record(user, meetingId, itemId, outcome);
        return "Recorded the panel's decision on case " + agenda.item(meetingId, itemId).businessKey()
                + ". The practitioner's update is now due, 5 working days from the meeting.";
    }

    @Transactional
    public String carryOver(CurrentUser user, long meetingId, long itemId, String reason) {
        views.of(user, meetingId);
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        if (!MeetingSchedule.schedules(user) && !outcomes.mayRecord(user, meeting)) {
            throw new MeetingOutcomes.NotTheRecorder();
        }
        refuseWithAnInterest(user, meeting, agenda.item(meetingId, itemId));
        return agenda.carryOver(meetingId, itemId, reason, user.name())
                .map(next -> "Carried case " + next.businessKey() + " over to the " + next.meeting().describe() + ".")
                .orElse("Carried the case over. No later meeting is scheduled: its case manager and the chair are asked for one.");
    }

    /** One who declared an interest in the case takes no part in it: not its outcome, nor carrying it over. */
    private void refuseWithAnInterest(CurrentUser user, Meeting meeting, AgendaItem item) {
        if (declarations.hasInterest(meeting, item.concern(), user.name())) {
            throw new Declarations.DeclaredInterest(item.businessKey());
        }
    }

    private void choices(Model model) {
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("roles", MeetingRole.values());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("people", MeetingSchedule.MEMBERS_GROUPS.stream()
                .flatMap(group -> staff.membersOf(group).stream()).distinct()
                .sorted(java.util.Comparator.comparing(StaffMember::id)).toList());
    }
}
