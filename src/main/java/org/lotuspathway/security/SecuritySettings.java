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
     * After a wrong password a user must wait {@code delayBase}, then {@code delayFactor} times as
     * long after each further one, up to {@code delayMax}; after {@code maxAttempts} wrong passwords
     * in a row the account stays locked until an administrator unlocks it.
     */
    record SignIn(@DefaultValue("10") int maxAttempts, @DefaultValue("3s") Duration delayBase,
            @DefaultValue("2") int delayFactor, @DefaultValue("60s") Duration delayMax) {

        /** The engine's formula: the wait after the n-th wrong password in a row. */
        Duration delayAfter(int attempts) {
            double seconds = delayBase.toSeconds() * Math.pow(delayFactor, attempts - 1);
            return Duration.ofSeconds((long) Math.min(seconds, delayMax.toSeconds()));
        }
    }
}
