package com.salesculture.domain.infrastructure.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One node's own counts; counts that would start again anyway are forgotten once there are many. */
final class InMemorySignInFailures implements SignInFailures {

    private static final int MANY = 10_000;

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    @Override
    public Map<String, Count> of(Collection<String> subjects) {
        Map<String, Count> known = new HashMap<>();
        subjects.forEach(subject -> {
            Count count = counts.get(subject);
            if (count != null) {
                known.put(subject, count);
            }
        });
        return known;
    }

    @Override
    public Count add(String subject, Instant now, Instant startsAgainBefore) {
        if (counts.size() > MANY) {
            counts.values().removeIf(count -> count.last().isBefore(startsAgainBefore));
        }
        return counts.compute(subject, (key, current) -> current == null || current.last().isBefore(startsAgainBefore)
                ? new Count(1, now) : new Count(current.failures() + 1, now));
    }

    @Override
    public void clear(String subject) {
        counts.remove(subject);
    }
}
