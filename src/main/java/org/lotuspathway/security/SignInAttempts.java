package org.lotuspathway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords, counted per username <em>and</em> client address, so that a stranger trying
 * passwords slows down and locks out only themselves: the real user, signing in from elsewhere, is
 * not affected, and even from the same address a lock lasts a while, never for good
 * ({@link SecuritySettings.SignIn}). The engine's own lockout, one count per account for everyone,
 * is off (process/engine/EngineSetup): any stranger could have locked any account for good with
 * ten wrong passwords.
 * <p>
 * Usernames nobody has are counted exactly as real ones, so the answers never tell who has an
 * account. What is kept is bounded: a username longer than {@link #MAX_USERNAME_LENGTH} is refused
 * before it is looked up or counted, and at most {@link #REMEMBERED} pairs are remembered; the
 * oldest go first, but a pair still locked is kept until its lock ends.
 */
@Component
class SignInAttempts {

    /** Username and client pairs remembered at once, besides those locked at the moment. */
    static final int REMEMBERED = 10_000;

    /** The longest username looked up at all. Camunda's own user ids are at most 64 characters. */
    static final int MAX_USERNAME_LENGTH = 64;

    private final SecuritySettings.SignIn policy;
    private final PathwayClock clock;
    private final LinkedHashMap<Key, Count> counts = new LinkedHashMap<>(16, 0.75f, true);

    SignInAttempts(SecuritySettings settings, PathwayClock clock) {
        this.policy = settings.signIn();
        this.clock = clock;
    }

    /** Usernames ignoring case, so that changing a letter's case does not start a fresh count. */
    private record Key(String username, String client) {
        static Key of(String username, String client) {
            return new Key(username.toLowerCase(Locale.ROOT), client == null ? "unknown" : client);
        }
    }

    /** Wrong passwords since the last lock, when the next try is allowed, and locks in a row so far. */
    private record Count(int attempts, Instant waitUntil, int locks, Instant lockedUntil) {
        static final Count NONE = new Count(0, null, 0, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        boolean waitingAt(Instant now) {
            return waitUntil != null && waitUntil.isAfter(now);
        }
    }

    /** A client locked out of an account, for the administrators' page. */
    record Lock(String username, String client, Instant until, int locksInARow) {
    }

    /** Refuses a username no user can have, before it is looked up, checked or counted. */
    static void requirePlausible(String username) {
        if (username.length() > MAX_USERNAME_LENGTH) {
            throw SignInRefused.tooLong();
        }
    }

    /**
     * Before the password is checked: refuses, without counting, a client locked out of the account
     * or told to wait. Even the right password is not checked then, so a lock cannot be used to go
     * on guessing.
     */
    void requireAllowed(String username, String client) {
        Instant now = clock.now();
        Count count;
        synchronized (counts) {
            count = counts.getOrDefault(Key.of(username, client), Count.NONE);
        }
        if (count.lockedAt(now)) {
            throw SignInRefused.locked(Duration.between(now, count.lockedUntil()), policy.maxAttempts());
        }
        if (count.waitingAt(now)) {
            throw SignInRefused.wrong(Duration.between(now, count.waitUntil()), policy.maxAttempts() - count.attempts(),
                    policy);
        }
    }

    /** After a wrong password: counts it and says what to tell whoever tried. */
    SignInRefused refused(String username, String client) {
        if (username.length() > MAX_USERNAME_LENGTH) {
            return SignInRefused.tooLong();
        }
        Instant now = clock.now();
        Key key = Key.of(username, client);
        Count after;
        synchronized (counts) {
            Count before = counts.getOrDefault(key, Count.NONE);
            int attempts = before.attempts() + 1;
            if (attempts >= policy.maxAttempts()) {
                int locks = before.locks() + 1;
                after = new Count(0, null, locks, now.plus(policy.lockAfter(locks)));
            } else {
                after = new Count(attempts, now.plus(policy.delayAfter(attempts)), before.locks(), null);
            }
            counts.put(key, after);
            forgetOldest(now);
        }
        if (after.lockedAt(now)) {
            return SignInRefused.locked(Duration.between(now, after.lockedUntil()), policy.maxAttempts());
        }
        return SignInRefused.wrong(Duration.between(now, after.waitUntil()), policy.maxAttempts() - after.attempts(),
                policy);
    }

    /** The right password: this client starts again from nothing for this account. */
    void succeeded(String username, String client) {
        synchronized (counts) {
            counts.remove(Key.of(username, client));
        }
    }

    /** Lifts every lock and wait on the username, from every client. Says how many there were. */
    int unlock(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        synchronized (counts) {
            int before = counts.size();
            counts.keySet().removeIf(key -> key.username().equals(name));
            return before - counts.size();
        }
    }

    /** Clients locked out of accounts now, soonest to end first. */
    List<Lock> locks() {
        Instant now = clock.now();
        List<Lock> locks = new ArrayList<>();
        synchronized (counts) {
            counts.forEach((key, count) -> {
                if (count.lockedAt(now)) {
                    locks.add(new Lock(key.username(), key.client(), count.lockedUntil(), count.locks()));
                }
            });
        }
        locks.sort(Comparator.comparing(Lock::until));
        return locks;
    }

    /** How many username and client pairs are remembered now. */
    int remembered() {
        synchronized (counts) {
            return counts.size();
        }
    }

    /** Oldest used first; a pair locked now is kept, or forgetting it would lift its lock. */
    private void forgetOldest(Instant now) {
        Iterator<Count> oldestFirst = counts.values().iterator();
        int excess = counts.size() - REMEMBERED;
        while (excess > 0 && oldestFirst.hasNext()) {
            if (!oldestFirst.next().lockedAt(now)) {
                oldestFirst.remove();
                excess--;
            }
        }
    }
}
