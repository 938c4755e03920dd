package com.salesculture.domain.infrastructure.seal;

import com.salesculture.domain.model.decision.DecisionLogSeal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the decision log with HMAC-SHA256 and a key the database never sees: {@code DECISION_LOG_KEY}
 * (base64, at least 32 bytes; in production from the platform's secret store), or else a key this
 * server generates once into {@code <server data dir>/culture/decision-log.key} (owner-only), which
 * must then be backed up apart from the database. Losing the key leaves the chain verifiable by its
 * hashes only; changing it makes every earlier seal read as forged.
 */
@ApplicationScoped
public class HmacSeal implements DecisionLogSeal {

    static final String KEY_VARIABLE = "DECISION_LOG_KEY";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Logger LOG = Logger.getLogger(HmacSeal.class.getName());

    private SecretKeySpec key;

    @PostConstruct
    void loadKey() {
        String configured = System.getenv(KEY_VARIABLE);
        byte[] bytes = configured != null && !configured.isBlank()
                ? Base64.getDecoder().decode(configured.strip()) : keyFile();
        if (bytes.length < 32) {
            throw new IllegalStateException(KEY_VARIABLE + " must hold at least 32 bytes (base64)");
        }
        key = new SecretKeySpec(bytes, ALGORITHM);
    }

    @Override
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public boolean verifies(String text, String seal) {
        return seal != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                seal.getBytes(StandardCharsets.US_ASCII));
    }

    /** The generated key of this server, made on first use. */
    private static byte[] keyFile() {
        Path file = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "culture", "decision-log.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.write(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------"))), Base64.getEncoder().encode(fresh));
                    LOG.warning(() -> "Generated the decision log's seal key in " + file + ": back it up apart from the"
                            + " database, or set " + KEY_VARIABLE + " from a secret store");
                } catch (FileAlreadyExistsException e) {
                    // another start made it meanwhile: read theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the decision log's seal key " + file, e);
        }
    }
}
