package org.lotuspathway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lotus.security.*}: the sign-in policy, the largest request accepted, and the token
 * Prometheus may scrape metrics with (none unless given, from the environment).
 */
@ConfigurationProperties("lotus.security")
record SecuritySettings(@DefaultValue SignIn signIn, @DefaultValue("1MB") DataSize maxRequestSize, String metricsToken) {

    /**
     * Counted per username and client address ({@link SignInAttempts}): after a wrong password the
     * client must wait {@code delayBase}, then {@code delayFactor} times as long after each further
     * one, up to {@code delayMax}; after {@code maxAttempts} wrong passwords in a row that client is
     * locked out of that account for {@code lockFor}, twice as long after each further lock, up to
     * {@code lockMax}. Never for good: an administrator can also lift a lock at once.
     */
    record SignIn(@DefaultValue("10") int maxAttempts, @DefaultValue("3s") Duration delayBase,
            @DefaultValue("2") int delayFactor, @DefaultValue("60s") Duration delayMax,
            @DefaultValue("15m") Duration lockFor, @DefaultValue("24h") Duration lockMax) {

        /** The wait after the n-th wrong password in a row. */
        Duration delayAfter(int attempts) {
            return grown(delayBase, attempts, delayMax);
        }

        /** How long the n-th lock in a row lasts. */
        Duration lockAfter(int locks) {
            return grown(lockFor, locks, lockMax);
        }

        private Duration grown(Duration base, int times, Duration most) {
            double seconds = base.toSeconds() * Math.pow(delayFactor, Math.min(times, 64) - 1);
            return Duration.ofSeconds((long) Math.min(seconds, most.toSeconds()));
        }
    }
}
