package org.lotuspathway.process.engine;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Component;

/**
 * The pathway's clock is the engine's. Internal API: Camunda has no public clock, and its timers,
 * due dates and history all read {@code ClockUtil}, so ours must too, or a test that moves time to
 * fire a timer would stamp records with another time.
 */
@Component
public class EngineClock implements PathwayClock {

    @Override
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public TimeTravel travel() {
        long offsetFromSystemClock = now().toEpochMilli() - System.currentTimeMillis();
        return new TimeTravel() {
            @Override
            public void to(Instant instant) {
                ClockUtil.setCurrentTime(Date.from(instant));
            }

            @Override
            public void close() {
                ClockUtil.offset(offsetFromSystemClock);
            }
        };
    }
}
