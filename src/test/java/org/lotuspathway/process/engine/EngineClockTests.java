package org.lotuspathway.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.TestClock;

/** The demo cases are made in the past; afterwards the clock runs on as before, not from the past. */
class EngineClockTests {

    private final EngineClock clock = new EngineClock();

    @Test
    void aTripIntoThePastEndsWhereTheClockWouldHaveBeen() {
        Instant friday = TestClock.startAt(TestClock.uk("2026-12-11T16:30"));

        try (org.lotuspathway.process.PathwayClock.TimeTravel trip = clock.travel()) {
            trip.to(TestClock.uk("2025-12-24T10:00"));
            assertThat(clock.now()).isEqualTo(TestClock.uk("2025-12-24T10:00"));
            assertThat(clock.today()).hasToString("2025-12-24");
        }

        assertThat(clock.now()).isBetween(friday, friday.plus(Duration.ofMinutes(1)));
        assertThat(clock.today()).hasToString("2026-12-11");
    }
}
