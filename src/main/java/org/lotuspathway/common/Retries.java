package org.lotuspathway.common;

import java.time.Duration;

import org.springframework.core.NestedExceptionUtils;

/**
 * Trying again something that failed (an email, a letter's print): the first wait, then twice as
 * long after each further failure, up to the longest; and what went wrong, as the record keeps it.
 */
public record Retries(Duration first, Duration longest) {

    /** The wait before the next attempt, after {@code failedAttempts} failed ones: 1, 2, 4, 8... times the first. */
    public Duration waitAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /**
     * What went wrong: the failure's message with its most specific cause's, on one line (no line
     * breaks nor other control characters), cut to {@code maxLength}.
     */
    public static String describe(Throwable failure, int maxLength) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String text = (cause == failure || cause.getMessage() == null ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + cause.getMessage() + ")").replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }
}
