package com.salesculture.workflow.application;

import java.io.Serializable;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * A piece of evidence to attach to a task: at most 10 MB, of a type whose bytes prove the type the
 * uploader claims (a file called PDF must start like a PDF), with its SHA-256 for the decision log.
 */
public record Evidence(String name, String contentType, byte[] content) implements Serializable {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The types we accept, each with what its bytes must look like. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4});
    private static final java.util.Set<String> TEXT_TYPES = java.util.Set.of("text/plain", "text/csv");

    public Evidence {
        contentType = contentType == null ? null : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty() || name.length() > 200 || name.contains("/") || name.contains("\\")) {
            throw new InvalidInputException("name", "evidence.name");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "evidence.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "evidence.tooLarge");
        }
        if (!SIGNATURES.containsKey(contentType) && !TEXT_TYPES.contains(contentType)) {
            throw new InvalidInputException("Content-Type", "evidence.type");
        }
        if (!looksLike(contentType, content)) {
            throw new InvalidInputException("file", "evidence.lyingType", contentType);
        }
    }

    /**
     * A file as it arrived, not yet checked: a service checks it only after it has checked that the
     * caller may add it, so a caller who may not hears that first (403), not what is wrong with the file.
     */
    public record Upload(String name, String contentType, byte[] content) {

        public Evidence checked() {
            return new Evidence(name, contentType, content);
        }
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean looksLike(String contentType, byte[] content) {
        if (TEXT_TYPES.contains(contentType)) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            } catch (CharacterCodingException e) {
                return false;
            }
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
        byte[] signature = SIGNATURES.get(contentType);
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
