package com.salesculture.domain.model.exit;

import java.time.Instant;

/** What a case's list of documents shows of one: everything but its bytes, which are read only to download it. */
public record DocumentSummary(long id, String name, String contentType, String sha256, String uploadedBy,
                              Instant uploadedAt) {
}
