package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP: what can be edited is read with its revision as {@code ETag}, and
 * an edit names the revision it read in {@code If-Match}. A stale one is refused (412, "changed
 * meanwhile by …"); an edit without {@code If-Match} is refused too (428), so no client overwrites
 * a change it never saw, unless it creates what does not exist yet. {@code If-Match: *} asks
 * explicitly for an unconditional write.
 */
final class Revisions {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private Revisions() {
    }

    /** 200 with the view and its revision as ETag. */
    static Response tagged(Object view, long revision) {
        return Response.ok(view).tag(new EntityTag(Long.toString(revision))).build();
    }

    /**
     * The revision an edit read: null for {@code *}.
     *
     * @param exists whether what is edited exists yet (throwing a 404 for what is unknown): its first
     *               draft overwrites nothing, so it needs no {@code If-Match}
     * @throws MissingIfMatch         without the header, on something that exists
     * @throws InvalidInputException  (field {@code If-Match}) when it is not an ETag we gave
     */
    static Long seen(String ifMatch, BooleanSupplier exists) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (exists.getAsBoolean()) {
                throw new MissingIfMatch();
            }
            return null;
        }
        if (ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = TAG.matcher(ifMatch);
        if (!tag.matches()) {
            throw new InvalidInputException("If-Match", "version.malformed");
        }
        return Long.valueOf(tag.group(1));
    }

    /** An edit that did not say which revision it read (428 Precondition Required). */
    static final class MissingIfMatch extends RuntimeException {
        MissingIfMatch() {
            super("If-Match required");
        }
    }
}
