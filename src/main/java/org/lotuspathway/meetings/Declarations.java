package org.lotuspathway.meetings;

import java.util.List;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.concern.Concern;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations of interest: each member, before the case is decided, says whether they have an
 * interest in it. One who has neither reads the case's papers nor records its outcome, and does
 * not count towards its quorum.
 */
@Service
public class Declarations {

    private final DeclarationRepository declarations;
    private final MeetingRepository meetings;
    private final Agenda agenda;
    private final AuditLog audit;
    private final PathwayClock clock;

    Declarations(DeclarationRepository declarations, MeetingRepository meetings, Agenda agenda, AuditLog audit,
            PathwayClock clock) {
        this.declarations = declarations;
        this.meetings = meetings;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in member's declaration about a case on the meeting's agenda; a later one replaces it. */
    @Transactional
    public Declaration declare(CurrentUser user, long meetingId, long itemId, boolean interest, String detail) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow(() -> new UnknownMeeting(meetingId));
        if (meeting.member(user.name()).isEmpty()) {
            throw new UnknownMeeting(meetingId);
        }
        AgendaItem item = agenda.item(meetingId, itemId);
        if (!item.isWaiting()) {
            throw InvalidSubmission.of("interest", "The case has left this agenda; there is nothing to declare now.");
        }
        String what = detail == null ? "" : detail.strip();
        if (interest && what.isEmpty()) {
            throw InvalidSubmission.of("detail", "Say what the interest is");
        }
        if (what.length() > Declaration.DETAIL_LENGTH) {
            throw InvalidSubmission.of("detail", "Say it in " + Declaration.DETAIL_LENGTH + " characters or fewer");
        }
        Declaration declaration = declarations.findByMeetingAndConcernAndUsername(meeting, item.concern(), user.name())
                .orElseGet(() -> new Declaration(meeting, item.concern(), user.name()));
        declaration.declare(interest, what, clock.now());
        audit.record(user.name(), AuditAction.DECLARED_INTEREST, item.businessKey(),
                (interest ? "an interest" : "no interest") + ", meeting " + meetingId);
        return declarations.save(declaration);
    }

    @Transactional(readOnly = true)
    public boolean hasInterest(Meeting meeting, Concern concern, String username) {
        return declarations.existsByMeetingAndConcernAndUsernameAndInterestTrue(meeting, concern, username);
    }

    @Transactional(readOnly = true)
    public List<Declaration> about(Meeting meeting, Concern concern) {
        return declarations.findByMeetingAndConcernOrderByUsernameAsc(meeting, concern);
    }

    /** A member with an interest in a case asked for what it keeps from them. */
    public static class DeclaredInterest extends RuntimeException {

        DeclaredInterest(String businessKey) {
            super("You declared an interest in case " + businessKey + ": you take no part in it.");
        }
    }
}
