package com.salesculture.web.rest;

import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.application.Evidence;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/** Files sent as evidence (the bytes as the body) and sent back as downloads, the same way for tasks and exit cases. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** The uploaded file; one byte more than allowed is read, so the size rule can refuse it. */
    static Evidence.Upload upload(String name, String contentType, InputStream body) {
        try {
            return new Evidence.Upload(name, contentType, body.readNBytes(Evidence.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new InvalidInputException("file", "evidence.uploadBroken");
        }
    }

    /** A download, never rendered inline. */
    static Response download(Evidence evidence) {
        String fileName = evidence.name().replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok(evidence.content(), evidence.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
