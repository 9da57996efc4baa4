package org.lotuspathway.concern;

import org.lotuspathway.process.StageChanges;
import org.lotuspathway.process.PathwayClock;
import org.slf4j.Logger;
import org.lotuspathway.process.StageEntered;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ConcernStageChanges implements StageChanges {

    private static final Logger log = LoggerFactory.getLogger(ConcernStageChanges.class);

    private final Concerns concerns;
    private final PathwayClock clock;
    private final ApplicationEventPublisher events;

    ConcernStageChanges(Concerns concerns, PathwayClock clock, ApplicationEventPublisher events) {
        this.concerns = concerns;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void enter(String businessKey, String stage) {
        Stage next;
        try {
            next = Stage.valueOf(stage);
        } catch (IllegalArgumentException unknown) {
            log.warn("Task for {} names an unknown stage '{}'; the case keeps its stage", businessKey, stage);
            return;
        }
        concerns.get(businessKey).enter(next, clock.now());
        events.publishEvent(new StageEntered(businessKey, next.name()));
    }
}
