package org.lotuspathway.panel;

import java.util.Optional;

import org.lotuspathway.concern.Concern;
import org.lotuspathway.concern.Concerns;
import org.lotuspathway.process.Deadlines;
import org.lotuspathway.process.InvalidSubmission;
import org.lotuspathway.process.PathwayClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records PAG/PSG discussions and their decisions. */
@Service
public class PanelDiscussions {

    /** Our design: the practitioner hears within 5 working days of every discussion. */
    static final int UPDATE_WITHIN_WORKING_DAYS = 5;

    private final Concerns concerns;
    private final PanelDiscussionRepository discussions;
    private final Deadlines deadlines;
    private final PathwayClock clock;
    private final ApplicationEventPublisher events;

    PanelDiscussions(Concerns concerns, PanelDiscussionRepository discussions, Deadlines deadlines, PathwayClock clock,
            ApplicationEventPublisher events) {
        this.concerns = concerns;
        this.discussions = discussions;
        this.deadlines = deadlines;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public PanelDiscussion record(String businessKey, PanelAnswers answers, String recordedBy) {
        if (answers.meetingDate().isAfter(clock.today())) {
            throw InvalidSubmission.of("meetingDate", "Record a discussion once the meeting has taken place");
        }
        Concern concern = concerns.get(businessKey);
        int round = (int) discussions.countByConcern(concern) + 1;
        var updateDue = deadlines.workingDaysAfter(answers.meetingDate(), UPDATE_WITHIN_WORKING_DAYS).toInstant();
        PanelDiscussion discussion = discussions.save(new PanelDiscussion(concern, round, answers, updateDue, recordedBy,
                clock.now()));
        events.publishEvent(new PanelDiscussionRecorded(businessKey, answers.meetingDate()));
        return discussion;
    }

    /** The practitioner's update waits as long as the case was paused. */
    @Transactional
    public void postponeUpdate(String businessKey, java.time.Duration by) {
        latest(businessKey).ifPresent(discussion -> discussion.postponeUpdate(by));
    }

    /** The case's last discussion held on that day, for a meeting's minutes. */
    @Transactional(readOnly = true)
    public Optional<PanelDiscussion> heldOn(String businessKey, java.time.LocalDate day) {
        return discussions.findByConcernAndMeetingDateOrderByRoundDesc(concerns.get(businessKey), day).stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<PanelDiscussion> latest(String businessKey) {
        return discussions.findFirstByConcernOrderByRoundDesc(concerns.get(businessKey));
    }
}
