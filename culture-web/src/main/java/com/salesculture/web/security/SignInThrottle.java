package com.salesculture.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Brakes on guessing passwords, by account and by client address. An account's first
 * {@value #FREE_FAILURES} failures in a row cost nothing; each further one makes the next attempt
 * wait twice as long (1 s, 2 s, 4 s … 16 s), and {@value #ACCOUNT_LOCK_AFTER} lock the
 * account for {@link #LOCK}, a correct password included. An address that fails
 * {@code culture.sign-in.address-limit} times (default 30) within {@link #LOCK} is locked as long.
 * A success clears the account's count. Locks are written to the server log.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 4;
    static final int ACCOUNT_LOCK_AFTER = 10;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private final int addressLimit = Integer.getInteger("culture.sign-in.address-limit", 30);
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Object[] stripes = new Object[256];

    SignInThrottle(Clock clock) {
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** How long this attempt must wait before it may be checked at all; empty when it may be checked now. */
    Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(accountFree(accounts.get(key(username))), addressFree(addresses.get(address)));
        return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        Failures account = accounts.compute(key(username), (key, current) -> Failures.next(current, now));
        if (account.count() == ACCOUNT_LOCK_AFTER) {
            LOG.warning(() -> "Sign-in for account \"" + username + "\" locked for " + LOCK.toMinutes() + " minutes after "
                    + ACCOUNT_LOCK_AFTER + " failures in a row (the last from " + address + ")");
        }
        Failures fromAddress = addresses.compute(address, (key, current) -> Failures.next(current, now));
        if (fromAddress.count() == addressLimit) {
            LOG.warning(() -> "Sign-in from address " + address + " locked for " + LOCK.toMinutes() + " minutes after "
                    + addressLimit + " failures");
        }
    }

    /**
     * Runs one attempt for the account while no other attempt for it runs (locks striped by name), so
     * thirty attempts sent at once are checked one after another and meet the brakes, not all at once.
     */
    <T> T oneAtATime(String username, Supplier<T> attempt) {
        synchronized (stripes[Math.floorMod(key(username).hashCode(), stripes.length)]) {
            return attempt.get();
        }
    }

    void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** When the account may try again: a growing delay after the free failures, then a lock. */
    private static Instant accountFree(Failures failures) {
        if (failures == null || failures.count() <= FREE_FAILURES) {
            return null;
        }
        if (failures.count() >= ACCOUNT_LOCK_AFTER) {
            return failures.last().plus(LOCK);
        }
        return failures.last().plus(Duration.ofSeconds(1L << (failures.count() - FREE_FAILURES - 1)));
    }

    /** When the address may try again: locked once it reached its limit. */
    private Instant addressFree(Failures failures) {
        return failures == null || failures.count() < addressLimit ? null : failures.last().plus(LOCK);
    }

    /** Counts older than a lock are forgotten: the map holds recent trouble only. */
    private void forgetOld(Instant now) {
        if (accounts.size() + addresses.size() > 10_000) {
            accounts.values().removeIf(f -> f.last().plus(LOCK).isBefore(now));
            addresses.values().removeIf(f -> f.last().plus(LOCK).isBefore(now));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Failures in a row, and when the last was; a pause as long as a lock starts the count again. */
    private record Failures(int count, Instant last) {
        static Failures next(Failures current, Instant now) {
            boolean fresh = current == null || current.last.plus(LOCK).isBefore(now);
            return new Failures(fresh ? 1 : current.count + 1, now);
        }
    }
}
