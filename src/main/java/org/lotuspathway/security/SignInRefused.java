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
    private final Duration lockFor;

    private SignInRefused(boolean locked, boolean tooLong, Duration wait, int attemptsLeft, int maxAttempts,
            Duration lockFor) {
        super(locked ? "The account is locked" : tooLong ? "The username is too long"
                : "The username or password is not right");
        this.locked = locked;
        this.tooLong = tooLong;
        this.wait = wait;
        this.attemptsLeft = attemptsLeft;
        this.maxAttempts = maxAttempts;
        this.lockFor = lockFor;
    }

    /** Locked for this client for {@code remaining} more. */
    static SignInRefused locked(Duration remaining, int maxAttempts) {
        return new SignInRefused(true, false, remaining, 0, maxAttempts, remaining);
    }

    static SignInRefused wrong(Duration wait, int attemptsLeft, SecuritySettings.SignIn policy) {
        return new SignInRefused(false, false, wait, attemptsLeft, policy.maxAttempts(), policy.lockFor());
    }

    /** Longer than any username can be: refused before it is looked up or counted. */
    static SignInRefused tooLong() {
        return new SignInRefused(false, true, Duration.ZERO, 0, 0, Duration.ZERO);
    }

    boolean isLocked() {
        return locked;
    }

    /** The problem, for the error summary and beside the username. */
    String problem() {
        if (tooLong) {
            return "A username is at most " + SignInAttempts.MAX_USERNAME_LENGTH + " characters";
        }
        return locked ? "This account is locked for a while after too many wrong passwords"
                : "The username or password is not right";
    }

    /** What to do next. */
    String advice() {
        if (locked) {
            return "Try again in " + inWords(wait) + ", or ask an administrator to unlock it sooner.";
        }
        if (tooLong) {
            return "Check your username and try again.";
        }
        StringBuilder advice = new StringBuilder();
        if (!wait.isZero()) {
            advice.append("Wait ").append(inWords(wait)).append(" before you try again. ");
        }
        advice.append(attemptsLeft <= 3
                ? "After " + attemptsLeft + " more wrong " + (attemptsLeft == 1 ? "password" : "passwords")
                        + " the account will be locked for " + inWords(lockFor) + "."
                : "After " + maxAttempts + " wrong passwords in a row an account is locked for " + inWords(lockFor)
                        + ", and longer each time.");
        return advice.toString();
    }

    /** "3 seconds", "15 minutes", "2 hours": rounded up, so nobody is told to try too soon. */
    static String inWords(Duration duration) {
        long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        return hours + " hours";
    }
}
