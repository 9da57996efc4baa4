package org.lotuspathway.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;

import org.lotuspathway.common.Sha256;
import org.lotuspathway.process.PathwayClock;

/**
 * At most so many requests from one client in a window (an hour, say), for pages anyone may use
 * without signing in: raising a concern, following one up with an access code. Counted, like
 * {@link SignInAttempts}, by client address and in memory only, and bounded the same way (the
 * oldest go first past {@link #REMEMBERED}). Unlike it, the address itself is not kept: only a
 * hash of it with a secret chosen at start-up, so even a heap dump cannot say who reported.
 */
public final class ClientAllowance {

    /** Clients remembered at once; a flood of addresses forgets the oldest first. */
    static final int REMEMBERED = 10_000;

    private final int allowed;
    private final Duration window;
    private final PathwayClock clock;
    private final String secret;
    private final LinkedHashMap<String, Count> counts = new LinkedHashMap<>(16, 0.75f, true);

    private record Count(Instant windowStart, int used) {
    }

    public ClientAllowance(int allowed, Duration window, PathwayClock clock) {
        if (allowed < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("An allowance needs at least one request in a positive window");
        }
        this.allowed = allowed;
        this.window = window;
        this.clock = clock;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.secret = HexFormat.of().formatHex(random);
    }

    /** Counts one request; false when the client has used its allowance in this window (count it or not). */
    public boolean take(String clientAddress) {
        String key = keyOf(clientAddress);
        Instant now = clock.now();
        synchronized (counts) {
            Count count = current(key, now);
            if (count.used() >= allowed) {
                counts.put(key, count);
                return false;
            }
            counts.put(key, new Count(count.windowStart(), count.used() + 1));
            if (counts.size() > REMEMBERED) {
                counts.remove(counts.keySet().iterator().next());
            }
            return true;
        }
    }

    /** Whether the client has some of its allowance left in this window, without counting a request. */
    public boolean hasRoom(String clientAddress) {
        synchronized (counts) {
            return current(keyOf(clientAddress), clock.now()).used() < allowed;
        }
    }

    private Count current(String key, Instant now) {
        Count count = counts.get(key);
        if (count == null || !now.isBefore(count.windowStart().plus(window)) || now.isBefore(count.windowStart())) {
            return new Count(now, 0);
        }
        return count;
    }

    private String keyOf(String clientAddress) {
        return Sha256.hex(secret + "|" + (clientAddress == null ? "unknown" : clientAddress));
    }

    public int allowed() {
        return allowed;
    }

    public Duration window() {
        return window;
    }
}
