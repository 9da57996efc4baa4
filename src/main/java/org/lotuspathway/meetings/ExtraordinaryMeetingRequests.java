package org.lotuspathway.meetings;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.notifications.Outbox;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks for an extraordinary meeting when no scheduled one suits a case: an email (through the
 * outbox, in the same transaction) to the case's manager and to the chair, that is the chair of the
 * latest meeting; with no meeting ever held, to the Responsible Officer's group, who may call one.
 */
@Component
class ExtraordinaryMeetingRequests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final Outbox outbox;
    private final MeetingRepository meetings;
    private final PathwayClock clock;
    private final String baseUrl;

    ExtraordinaryMeetingRequests(Outbox outbox, MeetingRepository meetings, PathwayClock clock,
            @Value("${lotus.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.meetings = meetings;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    void ask(Concern concern, boolean urgent, Instant neededBy) {
        String key = concern.businessKey();
        String subject = (urgent ? "URGENT: " : "") + "A panel meeting is needed (" + key + ")";
        String body = """
                Hello,

                Case %s has reached the panel discussion, and no scheduled PAG/PSG meeting suits it%s.
                Please call an extraordinary meeting, or schedule the next one: the case goes onto the
                agenda of a meeting that suits it as soon as it is scheduled.

                %s/meetings

                Lotus Pathway""".formatted(key, urgent && neededBy != null
                ? ": it is urgent, and needs a meeting by " + neededBy.atZone(PathwayClock.UK).format(DAY) : "", baseUrl);
        String eventKey = "extraordinary-meeting:" + key + ":" + clock.now().toEpochMilli();
        Set<String> told = new LinkedHashSet<>();
        told.add(concern.caseManager());
        meetings.usualChair().stream().findFirst().ifPresentOrElse(told::add,
                () -> outbox.toGroup(Roles.RESPONSIBLE_OFFICER, subject, body, eventKey));
        told.forEach(user -> outbox.toUser(user, subject, body, eventKey + ":" + user));
    }
}
