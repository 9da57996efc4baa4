package org.lotuspathway.meetings;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotuspathway.common.TypedDates;
import org.lotuspathway.concern.Profession;

/**
 * The schedule-a-meeting page as posted: text kept as typed, so a refused form comes back as it
 * was; member rows left empty are ignored.
 */
record ScheduleForm(String type, String date, String time, String place, boolean extraordinary,
        List<String> memberUsername, List<String> memberRole, List<String> memberProfession, boolean series,
        String seriesMeetings) {

    static final int MEMBER_ROWS = 7;

    ScheduleForm {
        memberUsername = memberUsername == null ? List.of() : memberUsername;
        memberRole = memberRole == null ? List.of() : memberRole;
        memberProfession = memberProfession == null ? List.of() : memberProfession;
    }

    static ScheduleForm empty() {
        List<String> roles = new ArrayList<>(List.of(MeetingRole.CHAIR.name(), MeetingRole.CLINICAL_ADVISER.name(),
                MeetingRole.RO_DELEGATE.name(), MeetingRole.LRC_NOMINEE.name(), MeetingRole.LAY_MEMBER.name(),
                MeetingRole.SECRETARY.name()));
        while (roles.size() < MEMBER_ROWS) {
            roles.add("");
        }
        return new ScheduleForm(MeetingType.PAG.name(), "", "10:00", "", false, List.of(), roles, List.of(), false, "12");
    }

    /** The value of row {@code i} of a member column, or "". */
    String at(List<String> column, int i) {
        return i < column.size() && column.get(i) != null ? column.get(i) : "";
    }

    public String username(int i) {
        return at(memberUsername, i);
    }

    public String role(int i) {
        return at(memberRole, i);
    }

    public String profession(int i) {
        return at(memberProfession, i);
    }

    /** The meeting asked for; problems of form (a date that is not one) go into {@code problems}. */
    NewMeeting toMeeting(Map<String, String> problems) {
        LocalDateTime startsAt = null;
        try {
            startsAt = LocalDateTime.of(TypedDates.parse(date), LocalTime.parse(time.strip()));
        } catch (DateTimeParseException | NullPointerException notADate) {
            problems.put("startsAt", "Enter the date like 12/01/2027 and the time like 10:00");
        }
        List<NewMember> members = new ArrayList<>();
        for (int i = 0; i < Math.max(memberUsername.size(), MEMBER_ROWS); i++) {
            if (!username(i).isBlank()) {
                members.add(new NewMember(username(i), choice(MeetingRole.class, role(i)),
                        choice(Profession.class, profession(i))));
            }
        }
        return new NewMeeting(choice(MeetingType.class, type), startsAt, place, extraordinary, members);
    }

    /** How many meetings the series has in all, as typed; null when that is not a number. */
    Integer meetingsInAll() {
        try {
            return Integer.valueOf(seriesMeetings == null ? "" : seriesMeetings.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Map<String, String> problems() {
        return new LinkedHashMap<>();
    }

    static <E extends Enum<E>> E choice(Class<E> type, String posted) {
        if (posted == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(posted.strip())) {
                return value;
            }
        }
        return null;
    }
}
