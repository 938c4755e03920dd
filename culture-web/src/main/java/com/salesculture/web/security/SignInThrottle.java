package com.salesculture.web.security;

import com.salesculture.domain.infrastructure.persistence.SignInFailures;
import com.salesculture.domain.infrastructure.persistence.SignInFailures.Count;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Brakes on guessing passwords, by account and by client address. An account's first
 * {@value #FREE_FAILURES} failures in a row cost nothing; each further one makes the next attempt
 * wait twice as long (1 s, 2 s, 4 s … 16 s), and {@value #ACCOUNT_LOCK_AFTER} lock the
 * account for {@link #LOCK}, a correct password included. An address that fails
 * {@code culture.sign-in.address-limit} times (default 30) within {@link #LOCK} is locked as long.
 * A success clears the account's count. Locks are written to the server log. A single node counts in
 * its memory; a node of a cluster counts in the database, so a caller meets the same brakes on every node.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 4;
    static final int ACCOUNT_LOCK_AFTER = 10;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private final int addressLimit = Integer.getInteger("culture.sign-in.address-limit", 30);
    private final SignInFailures failures;
    private final Clock clock;
    private final Object[] stripes = new Object[256];

    SignInThrottle(Clock clock, SignInFailures failures) {
        this.clock = clock;
        this.failures = failures;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** How long this attempt must wait before it may be checked at all; empty when it may be checked now. */
    Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        String account = account(username);
        String from = address(address);
        Map<String, Count> known = failures.of(List.of(account, from));
        Instant until = later(accountFree(known.get(account)), addressFree(known.get(from)));
        return until == null || !until.isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Count account = failures.add(account(username), now, now.minus(LOCK));
        if (account.failures() == ACCOUNT_LOCK_AFTER) {
            LOG.warning(() -> "Sign-in for account \"" + username + "\" locked for " + LOCK.toMinutes() + " minutes after "
                    + ACCOUNT_LOCK_AFTER + " failures in a row (the last from " + address + ")");
        }
        Count fromAddress = failures.add(address(address), now, now.minus(LOCK));
        if (fromAddress.failures() == addressLimit) {
            LOG.warning(() -> "Sign-in from address " + address + " locked for " + LOCK.toMinutes() + " minutes after "
                    + addressLimit + " failures");
        }
    }

    /**
     * Runs one attempt for the account while no other attempt for it runs on this node (locks striped by
     * name), so thirty attempts sent at once are checked one after another and meet the brakes, not all
     * at once. Across a cluster's nodes, at most one attempt per node runs at once: a lock in the
     * database would hold a connection per waiting attempt, and a flood of them would take the pool.
     */
    <T> T oneAtATime(String username, Supplier<T> attempt) {
        synchronized (stripes[Math.floorMod(account(username).hashCode(), stripes.length)]) {
            return attempt.get();
        }
    }

    void succeeded(String username) {
        failures.clear(account(username));
    }

    /** When the account may try again: a growing delay after the free failures, then a lock. */
    private static Instant accountFree(Count count) {
        if (count == null || count.failures() <= FREE_FAILURES) {
            return null;
        }
        if (count.failures() >= ACCOUNT_LOCK_AFTER) {
            return count.last().plus(LOCK);
        }
        return count.last().plus(Duration.ofSeconds(1L << (count.failures() - FREE_FAILURES - 1)));
    }

    /** When the address may try again: locked once it reached its limit. */
    private Instant addressFree(Count count) {
        return count == null || count.failures() < addressLimit ? null : count.last().plus(LOCK);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String account(String username) {
        return "account " + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String address(String address) {
        return "address " + address;
    }
}
