package org.lotuspathway.meetings;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import org.lotuspathway.concern.Profession;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings for integrations (HTTP Basic): schedule one with its members, add a member, read one with
 * its agenda. Case managers and the Responsible Officer schedule and read every meeting; a panel
 * member reads the meetings they sit on (any other is 404).
 */
@RestController
@RequestMapping("/api/meetings")
@PreAuthorize("hasAnyRole('casemanager', 'ro', 'pag')")
class MeetingApiController {

    private final MeetingSchedule schedule;
    private final MeetingViews views;
    private final MeetingPapers papers;
    private final Minutes minutes;

    MeetingApiController(MeetingSchedule schedule, MeetingViews views, MeetingPapers papers, Minutes minutes) {
        this.minutes = minutes;
        this.schedule = schedule;
        this.views = views;
        this.papers = papers;
    }

    record MemberRequest(String username, MeetingRole role, Profession profession) {

        NewMember asMember() {
            return new NewMember(username, role, profession);
        }
    }

    /** {@code startsAt} is UK time, as people say it: "2027-01-12T10:00:00". */
    record MeetingRequest(MeetingType type, LocalDateTime startsAt, String place, Boolean extraordinary,
            List<MemberRequest> members) {
    }

    record Meetings(List<MeetingView.Summary> meetings) {
    }

    /** A series: the first meeting as for one, and how many monthly meetings in all. */
    record SeriesRequest(MeetingType type, LocalDateTime startsAt, String place, Boolean extraordinary,
            List<MemberRequest> members, Integer meetings) {
    }

    record Series(String pattern, List<MeetingView> meetings) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    ResponseEntity<MeetingView> schedule(@RequestBody MeetingRequest request, Authentication user) {
        Meeting meeting = schedule.schedule(new NewMeeting(request.type(), request.startsAt(), request.place(),
                Boolean.TRUE.equals(request.extraordinary()), members(request.members())), user.getName());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id()))
                .body(views.of(CurrentUser.of(user), meeting.id()));
    }

    @PostMapping("/series")
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    ResponseEntity<Series> scheduleSeries(@RequestBody SeriesRequest request, Authentication user) {
        List<Meeting> series = schedule.scheduleSeries(new NewMeeting(request.type(), request.startsAt(), request.place(),
                Boolean.TRUE.equals(request.extraordinary()), members(request.members())), request.meetings(),
                user.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Series(MonthlySeries.describe(request.startsAt()),
                series.stream().map(meeting -> views.of(CurrentUser.of(user), meeting.id())).toList()));
    }

    @PostMapping("/{meetingId}/members")
    @PreAuthorize("hasAnyRole('casemanager', 'ro')")
    ResponseEntity<MeetingView> addMember(@PathVariable long meetingId, @RequestBody MemberRequest member,
            Authentication user) {
        schedule.addMember(meetingId, member.asMember(), user.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(views.of(CurrentUser.of(user), meetingId));
    }

    @GetMapping
    Meetings list(Authentication user) {
        return new Meetings(views.list(CurrentUser.of(user)));
    }

    @GetMapping("/{meetingId}")
    MeetingView meeting(@PathVariable long meetingId, Authentication user) {
        MeetingView meeting = views.of(CurrentUser.of(user), meetingId);
        views.recordShown(CurrentUser.of(user), meeting, "the API");
        return meeting;
    }

    @GetMapping("/{meetingId}/papers.pdf")
    ResponseEntity<byte[]> papers(@PathVariable long meetingId, Authentication user) {
        return PapersResponse.of(meetingId, papers.papers(CurrentUser.of(user), meetingId));
    }

    @GetMapping("/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long meetingId, Authentication user) {
        return PapersResponse.minutes(meetingId, minutes.pdf(CurrentUser.of(user), meetingId));
    }

    @GetMapping("/{meetingId}/items/{itemId}/papers.pdf")
    ResponseEntity<byte[]> casePapers(@PathVariable long meetingId, @PathVariable long itemId, Authentication user) {
        return PapersResponse.of(meetingId, papers.casePapers(CurrentUser.of(user), meetingId, itemId));
    }

    private static List<NewMember> members(List<MemberRequest> members) {
        return members == null ? List.of()
                : members.stream().map(m -> m == null ? new NewMember(null, null, null) : m.asMember()).toList();
    }

    @ExceptionHandler(Declarations.DeclaredInterest.class)
    ResponseEntity<ApiError> declaredInterest(Declarations.DeclaredInterest refusal) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of(403, refusal.getMessage()));
    }

    @ExceptionHandler(UnknownMeeting.class)
    ResponseEntity<ApiError> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, "No such meeting"));
    }
}
