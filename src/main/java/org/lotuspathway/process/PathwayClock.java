package org.lotuspathway.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock for business time: the engine's, so that a test which moves the engine clock to
 * fire a timer sees records stamped with the same time the timers see.
 */
@Component
public class PathwayClock {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return now().atZone(UK).toLocalDate();
    }
}
