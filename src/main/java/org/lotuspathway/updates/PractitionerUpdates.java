package org.lotuspathway.updates;

import java.time.Instant;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.panel.PanelDiscussion;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.notifications.Outbox;
import org.lotuspathway.process.PathwayClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends the practitioner their updates: after every panel discussion, and when the case closes. */
@Service
public class PractitionerUpdates {

    private final Concerns concerns;
    private final PanelDiscussions panel;
    private final PractitionerUpdateRepository updates;
    private final Letters letters;
    private final LetterPrinting printing;
    private final Outbox outbox;
    private final PathwayClock clock;
    private final String baseUrl;

    PractitionerUpdates(Concerns concerns, PanelDiscussions panel, PractitionerUpdateRepository updates,
            Letters letters, LetterPrinting printing, Outbox outbox, PathwayClock clock,
            @Value("${lotus.base-url}") String baseUrl) {
        this.concerns = concerns;
        this.panel = panel;
        this.updates = updates;
        this.letters = letters;
        this.printing = printing;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Keeps the update and its letter, and tells the practitioner a letter is waiting (never what it
     * says); the letter is printed once this is committed ({@link LetterPrinting}).
     */
    @Transactional
    public PractitionerUpdate sendAfterPanel(String businessKey, UpdateAnswers answers, String sentBy) {
        Concern concern = concerns.get(businessKey);
        Instant due = panel.latest(businessKey).map(PanelDiscussion::updateDue).orElse(null);
        return send(concern, PractitionerUpdate.afterPanel(concern, answers, due, sentBy, clock.now()));
    }

    @Transactional(readOnly = true)
    public byte[] pdfOf(PractitionerUpdate update) {
        return letters.pdf(update);
    }

    /** The letter the answers would make, printed as the practitioner would get it; nothing is kept or sent. */
    @Transactional(readOnly = true)
    public byte[] previewAfterPanel(String businessKey, UpdateAnswers answers, String by) {
        Concern concern = concerns.get(businessKey);
        PractitionerUpdate draft = PractitionerUpdate.afterPanel(concern, answers, null, by, clock.now());
        return letters.preview(draft, concern, titleOf(concern, draft), null);
    }

    /** The letter the answers would make, as the practitioner would read it in the portal; nothing is kept or sent. */
    @Transactional(readOnly = true)
    public String draftAfterPanel(String businessKey, UpdateAnswers answers, String by) {
        Concern concern = concerns.get(businessKey);
        PractitionerUpdate draft = PractitionerUpdate.afterPanel(concern, answers, null, by, clock.now());
        return letters.draft(draft, concern, titleOf(concern, draft), null);
    }

    @Transactional(readOnly = true)
    public String draftClosure(String businessKey, ClosureAnswers answers, String by) {
        Concern concern = concerns.get(businessKey);
        PractitionerUpdate draft = PractitionerUpdate.atClosure(concern, answers, by, clock.now());
        return letters.draft(draft, concern, titleOf(concern, draft), answers.closedOn());
    }

    @Transactional(readOnly = true)
    public byte[] previewClosure(String businessKey, ClosureAnswers answers, String by) {
        Concern concern = concerns.get(businessKey);
        PractitionerUpdate draft = PractitionerUpdate.atClosure(concern, answers, by, clock.now());
        return letters.preview(draft, concern, titleOf(concern, draft), answers.closedOn());
    }

    @Transactional(readOnly = true)
    public java.util.List<PractitionerUpdate> of(Concern concern) {
        return updates.findByConcernOrderByRecordedAtAsc(concern);
    }

    /** The title the update will carry: the second update on one meeting date says so. */
    private String titleOf(Concern concern, PractitionerUpdate update) {
        int ofTheDay = update.meetingDate().map(date -> (int) updates.countByConcernAndKindAndMeetingDate(concern,
                update.kind(), date) + 1).orElse(1);
        return LetterTitles.of(update.kind(), update.meetingDate().orElse(null), ofTheDay);
    }

    private PractitionerUpdate send(Concern concern, PractitionerUpdate update) {
        String title = titleOf(concern, update);
        String letter = letters.write(update, concern, title);
        update.keepLetter(title, letter);
        PractitionerUpdate sent = updates.save(update);
        printing.queue(sent.id());
        concern.practitioner().username().ifPresent(user -> outbox.toUser(user,
                "You have a new letter in Lotus Pathway",
                """
                Hello,

                There is a new letter for you in Lotus Pathway. Please sign in to read it:
                %s/portal

                If you would like to talk about it, your named contact is happy to hear from you.

                Lotus Pathway""".formatted(baseUrl),
                "update-sent:" + sent.id()));
        return sent;
    }

    /** Closes the case and sends the final update, in one go. */
    @Transactional
    public PractitionerUpdate close(String businessKey, ClosureAnswers answers, String closedBy) {
        Concern concern = concerns.get(businessKey);
        if (answers.closedOn().isBefore(concern.receivedOn()) || answers.closedOn().isAfter(clock.today())) {
            throw InvalidSubmission.of("closedOn", "The closing date must be between the date the concern was received and today");
        }
        concern.close(answers.closedOn(), answers.closureSummary(), clock.now());
        return send(concern, PractitionerUpdate.atClosure(concern, answers, closedBy, clock.now()));
    }
}
