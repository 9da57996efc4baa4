package org.lotuspathway.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.joda.time.DateTimeUtils;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lotuspathway.process.PathwayClock;

/**
 * No test reads the wall clock. The app's clock is the engine's ({@link PathwayClock}); this
 * extension, registered for every test class (META-INF/services, junit-platform.properties), starts
 * it at {@link #DEFAULT_START} before each class and each test, and it runs on from there at the
 * speed of time, so records made one after another keep their order. A test that cares about the
 * day chooses its own instant: {@link #startAt} (running on) or {@link #stopAt} (standing still).
 */
public final class TestClock implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    /** A Wednesday morning in November, clear of weekends, bank holidays and clock changes. */
    public static final Instant DEFAULT_START = uk(2026, 11, 18, 10, 0);

    @Override
    public void beforeAll(ExtensionContext context) {
        restart();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        restart();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restart();
    }

    /** Back to where every test starts. */
    public static void restart() {
        startAt(DEFAULT_START);
    }

    /** The clock reads this instant now, and runs on from it. */
    public static Instant startAt(Instant start) {
        long startMillis = start.toEpochMilli();
        long startNanos = System.nanoTime();
        // ClockUtil reads Joda's current-millis provider; a monotonic timer moves it on.
        DateTimeUtils.setCurrentMillisProvider(() -> startMillis + (System.nanoTime() - startNanos) / 1_000_000);
        return start;
    }

    /** The clock reads this instant until a test moves it. */
    public static Instant stopAt(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return now().atZone(PathwayClock.UK).toLocalDate();
    }

    /** A UK wall-clock time (GMT or BST, as on that day). */
    public static Instant uk(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), PathwayClock.UK).toInstant();
    }

    /** Parses a UK wall-clock time such as {@code 2026-12-11T16:30}. */
    public static Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PathwayClock.UK).toInstant();
    }
}
