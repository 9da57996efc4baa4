package org.lotuspathway.meetings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lotuspathway.audit.AuditAction;
import org.lotuspathway.audit.AuditLog;
import org.lotuspathway.documents.CaseDocuments;
import org.lotuspathway.notifications.Outbox;
import org.lotuspathway.process.CaseSummaryPart;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.security.CurrentUser;
import org.lotuspathway.security.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's papers: one PDF of the agenda and, for each case still on it, a summary from every
 * feature ({@link CaseSummaryPart}) and the documents marked as panel papers. For those who may see
 * the meeting (its members, case managers, the Responsible Officer); each case printed is in the
 * audit log. Members are told, through the outbox, when the papers are ready.
 */
@Service
public class MeetingPapers {

    private final MeetingSchedule schedule;
    private final Agenda agenda;
    private final List<CaseSummaryPart> parts;
    private final CaseDocuments documents;
    private final PapersPdf pdf;
    private final People people;
    private final AuditLog audit;
    private final Outbox outbox;
    private final PathwayClock clock;
    private final Declarations declarations;
    private final String baseUrl;

    MeetingPapers(MeetingSchedule schedule, Agenda agenda, List<CaseSummaryPart> parts, CaseDocuments documents,
            PapersPdf pdf, People people, AuditLog audit, Outbox outbox, PathwayClock clock, Declarations declarations,
            @Value("${lotus.base-url:http://localhost:8080}") String baseUrl) {
        this.schedule = schedule;
        this.agenda = agenda;
        this.parts = parts.stream().sorted(Comparator.comparingInt(CaseSummaryPart::order)).toList();
        this.documents = documents;
        this.pdf = pdf;
        this.people = people;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.declarations = declarations;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The whole pack; the cases the reader declared an interest in are withheld from it. */
    @Transactional
    public byte[] papers(CurrentUser user, long meetingId) {
        Meeting meeting = schedule.meeting(user, meetingId);
        List<AgendaItem> onTheAgenda = agenda.of(meeting).stream()
                .filter(item -> item.status() == AgendaStatus.WAITING || item.status() == AgendaStatus.DISCUSSED).toList();
        List<PaperCase> cases = new java.util.ArrayList<>();
        for (int i = 0; i < onTheAgenda.size(); i++) {
            cases.add(paperCase(user, meeting, onTheAgenda.get(i), i + 1));
        }
        return print(meeting, cases);
    }

    /** One case's papers; refused to a member who declared an interest in it. */
    @Transactional
    public byte[] casePapers(CurrentUser user, long meetingId, long itemId) {
        Meeting meeting = schedule.meeting(user, meetingId);
        AgendaItem item = agenda.item(meetingId, itemId);
        if (item.status() != AgendaStatus.WAITING && item.status() != AgendaStatus.DISCUSSED) {
            throw new UnknownMeeting(meetingId + "/" + itemId);
        }
        if (declarations.hasInterest(meeting, item.concern(), user.name())) {
            throw new Declarations.DeclaredInterest(item.businessKey());
        }
        return print(meeting, List.of(paperCase(user, meeting, item, item.position())));
    }

    private PaperCase paperCase(CurrentUser user, Meeting meeting, AgendaItem item, int position) {
        String key = item.businessKey();
        String practitioner = item.concern().practitioner().name();
        if (declarations.hasInterest(meeting, item.concern(), user.name())) {
            return PaperCase.withheld(position, key, practitioner, item.urgent());
        }
        audit.record(user.name(), AuditAction.DOWNLOADED_PAPERS, key, "papers of meeting " + meeting.id());
        return new PaperCase(position, key, practitioner, item.urgent(), false,
                parts.stream().map(part -> part.summarise(key)).flatMap(Optional::stream).toList(),
                documents.panelPapersOf(key));
    }

    private byte[] print(Meeting meeting, List<PaperCase> cases) {
        List<String> members = meeting.members().stream().map(m -> people.nameOf(m.username()) + ", "
                + m.role().inSentence() + m.profession().map(p -> " (" + p.label() + ")").orElse(""))
                .toList();
        return pdf.print(meeting, members, cases);
    }

    /** Tells each member, by email through the outbox, that the papers are ready; returns how many were told. */
    @Transactional
    public int announce(CurrentUser user, long meetingId) {
        Meeting meeting = schedule.meeting(user, meetingId);
        String eventKey = "papers-ready:" + meetingId + ":" + clock.now().toEpochMilli();
        meeting.members().forEach(member -> outbox.toUser(member.username(), "Papers ready: " + meeting.describe(), """
                Hello,

                The papers for the %s are ready. Please sign in to read them; they are confidential.

                %s/meetings/%d

                Lotus Pathway""".formatted(meeting.describe(), baseUrl, meetingId), eventKey + ":" + member.username()));
        return meeting.members().size();
    }
}
