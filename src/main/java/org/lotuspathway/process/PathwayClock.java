package org.lotuspathway.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock for business time. It is the engine's clock (process/engine/EngineClock), so that
 * a test which moves the engine clock to fire a timer sees records stamped with the same time the
 * timers see.
 */
public interface PathwayClock {

    ZoneId UK = ZoneId.of("Europe/London");

    Instant now();

    default LocalDate today() {
        return now().atZone(UK).toLocalDate();
    }

    /**
     * For making records in the past (the demo cases): the clock may be moved until the trip is
     * closed, and then runs on as it did before, however far it was from the system's clock.
     */
    TimeTravel travel();

    interface TimeTravel extends AutoCloseable {

        void to(Instant instant);

        @Override
        void close();
    }
}
