package org.lotuspathway.speakup;

import java.util.List;
import java.util.Optional;

import org.lotuspathway.common.HiddenCharacters;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.lotuspathway.process.engine.PathwayInstances;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports as the raiser follows them up (by access code) and as the team reads them (by
 * reference): their status, the messages both ways, and the raiser's answers.
 */
@Service
public class SpeakUpReports {

    private final SpeakUpReportRepository reports;
    private final SpeakUpMessageRepository messages;
    private final AccessCodes codes;
    private final PathwayInstances instances;
    private final PathwayClock clock;

    SpeakUpReports(SpeakUpReportRepository reports, SpeakUpMessageRepository messages, AccessCodes codes,
            PathwayInstances instances, PathwayClock clock) {
        this.reports = reports;
        this.messages = messages;
        this.codes = codes;
        this.instances = instances;
        this.clock = clock;
    }

    /** What the raiser sees: the status in plain words and the messages; nothing about any case. */
    public record FollowUp(String reference, ReportStatus status, List<Line> messages) {

        public boolean awaitsAnswer() {
            return status == ReportStatus.QUESTION_ASKED;
        }
    }

    /** One message, as the raiser reads it: from "The team" or from "You". */
    public record Line(boolean fromTeam, java.time.Instant writtenAt, String text) {
    }

    @Transactional(readOnly = true)
    public Optional<FollowUp> followUp(String accessCode) {
        return codes.reportFor(accessCode).map(this::followUpOf);
    }

    private FollowUp followUpOf(SpeakUpReport report) {
        return new FollowUp(report.reference(), report.status(), messages.findByReportOrderByWrittenAtAscIdAsc(report)
                .stream().map(m -> new Line(m.fromTeam(), m.writtenAt(), m.text())).toList());
    }

    /** The raiser answers the team's question with their access code. */
    @Transactional
    public FollowUp answer(String accessCode, String text) {
        SpeakUpReport report = codes.reportFor(accessCode).orElseThrow(() -> new UnknownReport("that access code"));
        receiveAnswer(report, text, null);
        return followUpOf(report);
    }

    /** The team records an answer the raiser gave by email or phone (open and confidential routes). */
    @Transactional
    public void recordAnswer(String reference, String text, String recordedBy) {
        receiveAnswer(get(reference), text, recordedBy);
    }

    private void receiveAnswer(SpeakUpReport report, String text, String recordedBy) {
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw InvalidSubmission.of("answer", "Write your answer");
        }
        if (answer.length() > SpeakUpMessage.MAX_TEXT) {
            throw InvalidSubmission.of("answer", "Keep your answer to " + SpeakUpMessage.MAX_TEXT + " characters or fewer");
        }
        if (HiddenCharacters.in(answer)) {
            throw InvalidSubmission.of("answer", HiddenCharacters.problem("Your answer"));
        }
        if (report.status() != ReportStatus.QUESTION_ASKED) {
            throw InvalidSubmission.of("answer", "There is no question waiting for an answer");
        }
        SpeakUpMessage message = SpeakUpMessage.fromRaiser(report, clock.now(), answer);
        if (recordedBy != null) {
            message = SpeakUpMessage.recordedFor(report, recordedBy, clock.now(), answer);
        }
        messages.save(message);
        report.answered();
        instances.tellIfWaiting(ScreeningProcess.MESSAGE_RAISER_ANSWERED, report.reference());
    }

    @Transactional(readOnly = true)
    public SpeakUpReport get(String reference) {
        return reports.findByReference(reference).orElseThrow(() -> new UnknownReport(reference));
    }

    @Transactional(readOnly = true)
    public List<SpeakUpMessage> messagesOf(SpeakUpReport report) {
        return messages.findByReportOrderByWrittenAtAscIdAsc(report);
    }

    private static final List<ReportStatus> TO_SCREEN = List.of(ReportStatus.RECEIVED, ReportStatus.QUESTION_ASKED,
            ReportStatus.ANSWERED);

    /** Reports still to be screened, those saying patients are at risk now first. */
    @Transactional(readOnly = true)
    public List<SpeakUpReport> waiting() {
        return reports.waiting(TO_SCREEN);
    }

    /** How many reports wait to be screened, and how many of them say patients are at risk now. */
    @Transactional(readOnly = true)
    public Waiting howManyWaiting() {
        return new Waiting(reports.countByStatusIn(TO_SCREEN), reports.countByStatusInAndPatientsAtRiskNowTrue(TO_SCREEN));
    }

    public record Waiting(long all, long urgent) {
    }

    @Transactional(readOnly = true)
    public Optional<SpeakUpReport> ofCase(String businessKey) {
        return reports.findFirstByCaseKey(businessKey);
    }
}
