package com.salesculture.domain.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Small pieces of query building that several repositories share. */
final class Queries {

    /** Values per {@code in} list: within every database's limit on parameters. */
    private static final int CHUNK = 1000;

    private Queries() {
    }

    /**
     * A {@code like} pattern matching lower-cased text that contains {@code text} as typed: its
     * wildcards match only themselves (backslash, the default escape of H2 and PostgreSQL).
     */
    static String contains(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Runs the query once per list of values short enough for one {@code in}, and gathers what each found. */
    static <T, R> List<R> inChunks(Collection<T> values, java.util.function.Function<List<T>, List<R>> query) {
        List<R> found = new ArrayList<>();
        for (List<T> chunk : chunks(values)) {
            found.addAll(query.apply(chunk));
        }
        return found;
    }

    /** The values in lists short enough for one {@code in} each. */
    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
