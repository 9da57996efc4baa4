package org.lotuspathway.updates;

import java.time.Instant;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.panel.PanelDiscussion;
import org.lotuspathway.panel.PanelDiscussions;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends the practitioner their updates: after every panel discussion, and when the case closes. */
@Service
public class PractitionerUpdates {

    private final Concerns concerns;
    private final PanelDiscussions panel;
    private final PractitionerUpdateRepository updates;
    private final PathwayClock clock;

    PractitionerUpdates(Concerns concerns, PanelDiscussions panel, PractitionerUpdateRepository updates,
            PathwayClock clock) {
        this.concerns = concerns;
        this.panel = panel;
        this.updates = updates;
        this.clock = clock;
    }

    @Transactional
    public PractitionerUpdate sendAfterPanel(String businessKey, UpdateAnswers answers, String sentBy) {
        Concern concern = concerns.get(businessKey);
        Instant due = panel.latest(businessKey).map(PanelDiscussion::updateDue).orElse(null);
        return updates.save(PractitionerUpdate.afterPanel(concern, answers, due, sentBy, clock.now()));
    }

    /** Closes the case and sends the final update, in one go. */
    @Transactional
    public PractitionerUpdate close(String businessKey, ClosureAnswers answers, String closedBy) {
        Concern concern = concerns.get(businessKey);
        if (answers.closedOn().isBefore(concern.receivedOn()) || answers.closedOn().isAfter(clock.today())) {
            throw InvalidSubmission.of("closedOn", "The closing date must be between the date the concern was received and today");
        }
        concern.close(answers.closedOn(), answers.closureSummary());
        return updates.save(PractitionerUpdate.atClosure(concern, answers, closedBy, clock.now()));
    }
}
