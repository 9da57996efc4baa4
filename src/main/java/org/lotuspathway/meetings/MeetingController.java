package org.lotuspathway.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.lotuspathway.common.PageOrder;
import org.lotuspathway.concern.Profession;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.worklist.NotYourTask;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The meetings pages: the list, scheduling one, a meeting with its members and agenda (reorder,
 * move, carry over), and recording a case's outcome at it. Case managers and the Responsible
 * Officer schedule and see every meeting; panel members see those they sit on, and the chair or
 * secretary records outcomes.
 */
@Controller
@RequestMapping("/meetings")
@PreAuthorize("hasAnyRole('casemanager', 'ro', 'pag')")
class MeetingController {

    static final String LIST = "meetings/list";
    static final String NEW = "meetings/new";
    static final String MEETING = "meetings/meeting";
    static final String OUTCOME = "meetings/outcome";
    private static final List<String> FIELDS_IN_PAGE_ORDER = List.of("type", "startsAt", "place", "series", "members");
    static final String NOT_FOUND = "meetings/not-found";

    private static final String SCHEDULERS = "hasAnyRole('casemanager', 'ro')";

    private final MeetingPages pages;

    MeetingController(MeetingPages pages) {
        this.pages = pages;
    }

    @GetMapping
    String list(Authentication user, Model model) {
        model.addAttribute("meetings", pages.views().list(CurrentUser.of(user)));
        model.addAttribute("waiting", MeetingSchedule.schedules(CurrentUser.of(user)) ? pages.views().waiting() : List.of());
        return LIST;
    }

    @GetMapping("/new")
    @PreAuthorize(SCHEDULERS)
    String newMeeting(Model model) {
        pages.scheduleForm(model, ScheduleForm.empty(), Map.of());
        return NEW;
    }

    @PostMapping
    @PreAuthorize(SCHEDULERS)
    String schedule(@RequestParam(required = false) String type, @RequestParam(required = false) String date,
            @RequestParam(required = false) String time, @RequestParam(required = false) String place,
            @RequestParam(defaultValue = "false") boolean extraordinary,
            @RequestParam(required = false) List<String> memberUsername,
            @RequestParam(required = false) List<String> memberRole,
            @RequestParam(required = false) List<String> memberProfession,
            @RequestParam(defaultValue = "false") boolean series, @RequestParam(required = false) String seriesMeetings,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ScheduleForm form = new ScheduleForm(type, date, time, place, extraordinary, memberUsername, memberRole,
                memberProfession, series, seriesMeetings);
        Map<String, String> problems = ScheduleForm.problems();
        try {
            // Refused by the schedule when the form's date was not one: every problem is listed together.
            NewMeeting meeting = form.toMeeting(problems);
            if (series) {
                List<Meeting> scheduled = pages.schedule().scheduleSeries(meeting, form.meetingsInAll(), user.getName());
                redirect.addFlashAttribute("message", "Scheduled " + scheduled.size() + " meetings, on "
                        + MonthlySeries.describe(meeting.startsAt()) + ", the first: " + scheduled.get(0).describe() + ".");
                return "redirect:/meetings";
            }
            Meeting scheduled = pages.schedule().schedule(meeting, user.getName());
            redirect.addFlashAttribute("message", "Scheduled: " + scheduled.describe() + ".");
            return "redirect:/meetings/" + scheduled.id();
        } catch (InvalidSubmission refused) {
            refused.errors().forEach(problems::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        pages.scheduleForm(model, form, PageOrder.of(problems, FIELDS_IN_PAGE_ORDER));
        return NEW;
    }

    @GetMapping("/{meetingId}")
    String meeting(@PathVariable long meetingId, Authentication user, Model model) {
        pages.meetingPage(model, CurrentUser.of(user), meetingId);
        pages.views().recordShown(CurrentUser.of(user), (MeetingView) model.getAttribute("meeting"), "the page");
        return MEETING;
    }

    @GetMapping("/{meetingId}/papers.pdf")
    ResponseEntity<byte[]> papers(@PathVariable long meetingId, Authentication user) {
        return PapersResponse.of(meetingId, pages.papers().papers(CurrentUser.of(user), meetingId));
    }

    @GetMapping("/{meetingId}/items/{itemId}/papers.pdf")
    ResponseEntity<byte[]> casePapers(@PathVariable long meetingId, @PathVariable long itemId, Authentication user) {
        return PapersResponse.of(meetingId, pages.papers().casePapers(CurrentUser.of(user), meetingId, itemId));
    }

    @GetMapping("/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long meetingId, Authentication user) {
        return PapersResponse.minutes(meetingId, pages.minutes().pdf(CurrentUser.of(user), meetingId));
    }

    @PostMapping("/{meetingId}/minutes/approval")
    String approveMinutes(@PathVariable long meetingId, @RequestParam(required = false) List<String> apologies,
            Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> {
            int cases = pages.minutes().approve(CurrentUser.of(user), meetingId, apologies);
            return "The minutes are approved. Each of the " + cases + " case" + (cases == 1 ? "" : "s")
                    + " keeps its part with its documents.";
        });
    }

    @PostMapping("/{meetingId}/items/{itemId}/declaration")
    String declare(@PathVariable long meetingId, @PathVariable long itemId,
            @RequestParam(required = false) String interest, @RequestParam(required = false) String detail,
            Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> {
            if (!"yes".equals(interest) && !"no".equals(interest)) {
                throw InvalidSubmission.of("interest", "Say whether you have an interest in the case");
            }
            pages.declarations().declare(CurrentUser.of(user), meetingId, itemId, "yes".equals(interest), detail);
            return "yes".equals(interest) ? "Your interest is declared: you take no part in this case."
                    : "You declared no interest in this case.";
        });
    }

    @PostMapping("/{meetingId}/papers-notice")
    @PreAuthorize(SCHEDULERS)
    String announcePapers(@PathVariable long meetingId, Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> {
            int told = pages.papers().announce(CurrentUser.of(user), meetingId);
            return "Told the " + told + " member" + (told == 1 ? "" : "s") + " that the papers are ready.";
        });
    }

    @PostMapping("/{meetingId}/members")
    @PreAuthorize(SCHEDULERS)
    String addMember(@PathVariable long meetingId, @RequestParam(required = false) String username,
            @RequestParam(required = false) String role, @RequestParam(required = false) String profession,
            Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> {
            MeetingMember added = pages.schedule().addMember(meetingId, new NewMember(username,
                    ScheduleForm.choice(MeetingRole.class, role), ScheduleForm.choice(Profession.class, profession)),
                    user.getName());
            return "Added " + added.username() + " as " + added.role().inSentence() + ".";
        });
    }

    @PostMapping("/{meetingId}/items/{itemId}/order")
    @PreAuthorize(SCHEDULERS)
    String reorder(@PathVariable long meetingId, @PathVariable long itemId, @RequestParam(required = false) String direction,
            Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> {
            pages.agenda().reorder(meetingId, itemId, "earlier".equals(direction), user.getName());
            return "The agenda is reordered.";
        });
    }

    @PostMapping("/{meetingId}/items/{itemId}/move")
    @PreAuthorize(SCHEDULERS)
    String move(@PathVariable long meetingId, @PathVariable long itemId,
            @RequestParam(required = false) Long toMeeting, @RequestParam(required = false) String reason,
            Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> {
            if (toMeeting == null) {
                throw InvalidSubmission.of("toMeeting", "Choose the meeting to move the case to");
            }
            AgendaItem moved = pages.agenda().move(meetingId, itemId, toMeeting, reason, user.getName());
            return "Moved case " + moved.businessKey() + " to the " + moved.meeting().describe() + ".";
        });
    }

    @PostMapping("/{meetingId}/items/{itemId}/carry-over")
    String carryOver(@PathVariable long meetingId, @PathVariable long itemId, @RequestParam(required = false) String reason,
            Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> pages.carryOver(CurrentUser.of(user), meetingId, itemId, reason));
    }

    @PostMapping("/{meetingId}/waiting")
    @PreAuthorize(SCHEDULERS)
    String placeWaiting(@PathVariable long meetingId, @RequestParam(required = false) String businessKey,
            Authentication user, RedirectAttributes redirect) {
        return act(meetingId, redirect, () -> {
            AgendaItem placed = pages.agenda().placeWaitingCase(meetingId, businessKey, user.getName());
            return "Case " + placed.businessKey() + " is on this meeting's agenda.";
        });
    }

    @GetMapping("/{meetingId}/items/{itemId}")
    String outcome(@PathVariable long meetingId, @PathVariable long itemId, Authentication user, Model model) {
        pages.outcomePage(model, CurrentUser.of(user), meetingId, itemId, Outcome.empty(), Map.of());
        return OUTCOME;
    }

    @PostMapping("/{meetingId}/items/{itemId}")
    String record(@PathVariable long meetingId, @PathVariable long itemId,
            @RequestParam(required = false) List<String> present, @RequestParam(required = false) String discussion,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reasons,
            @RequestParam(required = false) String undertakingsOrConditions,
            @RequestParam(required = false) String nextSteps, @RequestParam(required = false) String nextReviewBy,
            Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Outcome outcome = new Outcome(present, discussion, decision, reasons, undertakingsOrConditions, nextSteps,
                nextReviewBy);
        CurrentUser signedIn = CurrentUser.of(user);
        try {
            String recorded = pages.record(signedIn, meetingId, itemId, outcome);
            redirect.addFlashAttribute("message", recorded);
            return "redirect:/meetings/" + meetingId;
        } catch (InvalidSubmission refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            pages.outcomePage(model, signedIn, meetingId, itemId, outcome, refused.errors());
            return OUTCOME;
        }
    }

    private String act(long meetingId, RedirectAttributes redirect, java.util.function.Supplier<String> change) {
        try {
            redirect.addFlashAttribute("message", change.get());
        } catch (InvalidSubmission refused) {
            redirect.addFlashAttribute("problem", String.join(" ", new LinkedHashMap<>(refused.errors()).values()));
        }
        return "redirect:/meetings/" + meetingId;
    }

    @ExceptionHandler(UnknownMeeting.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return NOT_FOUND;
    }

    @ExceptionHandler({MeetingOutcomes.NotTheRecorder.class, NotYourTask.class, Declarations.DeclaredInterest.class,
            Minutes.NotTheChair.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notTheRecorder(RuntimeException refusal, Model model) {
        model.addAttribute("status", 403);
        return "error";
    }
}
