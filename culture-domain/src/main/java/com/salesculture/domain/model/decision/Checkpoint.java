package com.salesculture.domain.model.decision;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of the decision log at one moment, sealed: auditors keep its {@link #text()} outside the
 * system, and bring it back to prove the log still holds the entry it saw. Nobody without the seal's
 * key can make one, and no rewrite of the log can keep one true.
 *
 * @param seq       the last entry's sequence number then
 * @param entryHash that entry's hash
 * @param takenAt   when (milliseconds, UTC)
 * @param signature the seal of the three
 */
public record Checkpoint(long seq, String entryHash, Instant takenAt, String signature) implements Serializable {

    private static final String PREFIX = "culture-checkpoint:v1";
    private static final Pattern TEXT = Pattern.compile(
            "\\s*culture-checkpoint:v1:(\\d{1,18}):([0-9a-f]{64}):([0-9TZ:.\\-]{20,30}):([0-9a-f]{64})\\s*");

    /** The head sealed now. */
    public static Checkpoint of(long seq, String entryHash, Instant takenAt, DecisionLogSeal seal) {
        return new Checkpoint(seq, entryHash, takenAt, seal.sign(signed(seq, entryHash, takenAt)));
    }

    /** One line to keep: {@code culture-checkpoint:v1:<seq>:<hash>:<time>:<seal>}. */
    public String text() {
        return signed(seq, entryHash, takenAt) + ":" + signature;
    }

    /** A checkpoint as an auditor brings it back; empty when the text is not one. */
    public static Optional<Checkpoint> parse(String text) {
        Matcher parts = text == null ? null : TEXT.matcher(text);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checkpoint(Long.parseLong(parts.group(1)), parts.group(2),
                    Instant.parse(parts.group(3)), parts.group(4)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the seal's key made this checkpoint (nobody changed a digit of it). */
    public boolean sealedBy(DecisionLogSeal seal) {
        return seal.verifies(signed(seq, entryHash, takenAt), signature);
    }

    private static String signed(long seq, String entryHash, Instant takenAt) {
        return PREFIX + ":" + seq + ":" + entryHash + ":" + takenAt;
    }
}
