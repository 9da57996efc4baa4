package org.lotuspathway.process.engine;

import java.time.Duration;

/**
 * How the engine's identity service treats wrong passwords, for every sign-in (our page, HTTP Basic
 * and Camunda's webapps): after a wrong one wait {@code delayBase}, {@code delayFactor} times longer
 * after each further one up to {@code delayMax}; after {@code maxAttempts} the account is locked.
 */
public record SignInLimits(int maxAttempts, Duration delayBase, int delayFactor, Duration delayMax) {
}
