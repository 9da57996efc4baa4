package org.lotuspathway.process.engine;

import java.time.Instant;

/** A user's wrong passwords in a row, and the moment they may try again (null when they need not wait). */
public record SignInState(int attempts, Instant waitUntil) {
}
