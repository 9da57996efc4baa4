package org.lotuspathway.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lotuspathway.common.Sha256;
import org.lotuspathway.process.PathwayClock;
import org.springframework.stereotype.Component;
import org.lotuspathway.process.engine.StaffDirectory;

/**
 * Why a sign-in was refused, in words that are the same whether or not the username exists. The
 * engine's identity service throttles and locks real users (see process/engine/EngineSetup) and keeps
 * their count of wrong passwords; for a username nobody has, the same count is kept here, in
 * memory, so that "wait" and "locked" come after the same attempts and nobody can learn who has
 * an account by trying. What is kept is bounded: a username longer than
 * {@link #MAX_USERNAME_LENGTH} is refused before it is looked up or counted, and names are
 * remembered by their SHA-256 hash, so that however long a name someone sends, each costs the same.
 */
@Component
class SignInAttempts {

    /** Unknown usernames remembered at once, at most; the oldest are forgotten first. */
    static final int REMEMBERED = 10_000;

    /** The longest username looked up at all. Camunda's own user ids are at most 64 characters. */
    static final int MAX_USERNAME_LENGTH = 64;

    private final StaffDirectory staff;
    private final SecuritySettings.SignIn policy;
    private final PathwayClock clock;
    private final Map<String, Count> unknown = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > REMEMBERED;
        }
    };

    SignInAttempts(StaffDirectory staff, SecuritySettings settings, PathwayClock clock) {
        this.staff = staff;
        this.policy = settings.signIn();
        this.clock = clock;
    }

    private record Count(int attempts, Instant waitUntil) {
    }

    /** Refuses a username no user can have, before it is looked up, checked or counted. */
    static void requirePlausible(String username) {
        if (username.length() > MAX_USERNAME_LENGTH) {
            throw SignInRefused.tooLong();
        }
    }

    /** After the engine refused a password: what to tell whoever tried. */
    SignInRefused refused(String username) {
        if (username.length() > MAX_USERNAME_LENGTH) {
            return SignInRefused.tooLong();
        }
        Count count = staff.signInState(username).map(known -> new Count(known.attempts(), known.waitUntil()))
                .orElseGet(() -> countUnknown(username));
        Instant now = clock.now();
        if (count.attempts() >= policy.maxAttempts()) {
            return SignInRefused.locked(policy.maxAttempts());
        }
        Duration wait = count.waitUntil() == null || !count.waitUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, count.waitUntil());
        return SignInRefused.wrong(wait, policy.maxAttempts() - count.attempts(), policy.maxAttempts());
    }

    /** The engine forgets a real user's wrong passwords when they sign in; nothing to do for them here. */
    void succeeded(String username) {
        synchronized (unknown) {
            unknown.remove(Sha256.hex(username));
        }
    }

    /** How many unknown usernames are remembered now. */
    int remembered() {
        synchronized (unknown) {
            return unknown.size();
        }
    }

    /** The engine's rule, for a username it does not know: a try while made to wait does not count. */
    private Count countUnknown(String username) {
        Instant now = clock.now();
        String key = Sha256.hex(username);
        synchronized (unknown) {
            Count before = unknown.getOrDefault(key, new Count(0, null));
            if (before.waitUntil() != null && before.waitUntil().isAfter(now) && before.attempts() < policy.maxAttempts()) {
                return before;
            }
            int attempts = before.attempts() + 1;
            Count after = new Count(attempts, now.plus(policy.delayAfter(attempts)));
            unknown.put(key, after);
            return after;
        }
    }
}
