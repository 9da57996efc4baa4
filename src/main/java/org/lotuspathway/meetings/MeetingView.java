package org.lotuspathway.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting as its page and the API show it: details, members and agenda, read in one transaction. */
public record MeetingView(long id, String title, MeetingType type, Instant startsAt, LocalDate date, String place,
        boolean extraordinary, boolean started, List<Member> members, List<Item> agenda) {

    public record Member(String username, String name, MeetingRole role, String profession) {
    }

    /** A case on the agenda; {@code reason} says why it was moved or carried over. */
    /**
     * A case on the agenda; {@code reason} says why it was moved or carried over; {@code interests}
     * the members who declared an interest in it, with what; {@code myDeclaration} the reader's own
     * ("INTEREST", "NONE", or null when they have not declared).
     */
    public record Item(long id, int position, String businessKey, String practitioner, boolean urgent,
            AgendaStatus status, String reason, String closedBy, List<String> present, List<String> interests,
            String myDeclaration) {

        public boolean waiting() {
            return status == AgendaStatus.WAITING;
        }

        /** Still this meeting's to consider, or considered: its papers are in the meeting's pack. */
        public boolean inThePapers() {
            return status == AgendaStatus.WAITING || status == AgendaStatus.DISCUSSED;
        }
    }

    /** A case at the panel that no meeting suits yet. */
    public record Waiting(String businessKey, String practitioner, boolean urgent, Instant since, Instant neededBy) {
    }

    /** The meetings list's line. */
    public record Summary(long id, String title, String place, boolean started, long cases) {
    }
}
