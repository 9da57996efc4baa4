package org.lotuspathway.security;

import java.time.Duration;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A refused sign-in, with what the sign-in page may say about it: never whether the username
 * exists, only what anyone trying it would be told.
 */
class SignInRefused extends BadCredentialsException {

    private final boolean locked;
    private final boolean tooLong;
    private final Duration wait;
    private final int attemptsLeft;
    private final int maxAttempts;

    private SignInRefused(boolean locked, boolean tooLong, Duration wait, int attemptsLeft, int maxAttempts) {
        super(locked ? "The account is locked" : tooLong ? "The username is too long"
                : "The username or password is not right");
        this.locked = locked;
        this.tooLong = tooLong;
        this.wait = wait;
        this.attemptsLeft = attemptsLeft;
        this.maxAttempts = maxAttempts;
    }

    static SignInRefused locked(int maxAttempts) {
        return new SignInRefused(true, false, Duration.ZERO, 0, maxAttempts);
    }

    static SignInRefused wrong(Duration wait, int attemptsLeft, int maxAttempts) {
        return new SignInRefused(false, false, wait, attemptsLeft, maxAttempts);
    }

    /** Longer than any username can be: refused before it is looked up or counted. */
    static SignInRefused tooLong() {
        return new SignInRefused(false, true, Duration.ZERO, 0, 0);
    }

    boolean isLocked() {
        return locked;
    }

    /** The problem, for the error summary and beside the username. */
    String problem() {
        if (tooLong) {
            return "A username is at most " + SignInAttempts.MAX_USERNAME_LENGTH + " characters";
        }
        return locked ? "This account is locked after too many wrong passwords" : "The username or password is not right";
    }

    /** What to do next. */
    String advice() {
        if (locked) {
            return "Ask an administrator to unlock it. They can do this in Camunda Admin, under Users.";
        }
        if (tooLong) {
            return "Check your username and try again.";
        }
        StringBuilder advice = new StringBuilder();
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (!wait.isZero()) {
            advice.append("Wait ").append(seconds).append(seconds == 1 ? " second" : " seconds")
                    .append(" before you try again. ");
        }
        advice.append(attemptsLeft <= 3
                ? "After " + attemptsLeft + " more wrong " + (attemptsLeft == 1 ? "password" : "passwords")
                        + " the account will be locked until an administrator unlocks it."
                : "After " + maxAttempts + " wrong passwords in a row an account is locked until an administrator unlocks it.");
        return advice.toString();
    }
}
