package com.salesculture.workflow.application;

import java.io.Serializable;
import java.time.Instant;

/** An attached piece of evidence as listed: who attached what, when, and its SHA-256. */
public record EvidenceView(String id, String name, String contentType, String sha256, String uploadedBy,
                           String uploadedByName, Instant uploadedAt) implements Serializable {
}
