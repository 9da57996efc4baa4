package org.lotuspathway.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

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

    /**
     * For making records in the past (the demo cases): the clock may be moved until the trip is
     * closed, and then runs on as it did before, however far it was from the system's clock.
     */
    public TimeTravel travel() {
        return new TimeTravel(now().toEpochMilli() - System.currentTimeMillis());
    }

    public static final class TimeTravel implements AutoCloseable {

        private final long offsetFromSystemClock;

        private TimeTravel(long offsetFromSystemClock) {
            this.offsetFromSystemClock = offsetFromSystemClock;
        }

        public void to(Instant instant) {
            ClockUtil.setCurrentTime(Date.from(instant));
        }

        @Override
        public void close() {
            ClockUtil.offset(offsetFromSystemClock);
        }
    }
}
