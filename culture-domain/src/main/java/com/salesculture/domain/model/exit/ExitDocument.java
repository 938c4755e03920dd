package com.salesculture.domain.model.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document attached to an exit case (a warning letter, meeting notes), with its SHA-256. */
@Entity
@Table(name = "exit_document")
public class ExitDocument {

    @Id
    @SequenceGenerator(name = "exit_document_seq", sequenceName = "exit_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exit_document_seq")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false)
    private String name;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ExitDocument() {
        // for JPA
    }

    public ExitDocument(long caseId, String name, String contentType, byte[] content, String sha256,
                        String uploadedBy, Instant now) {
        this.caseId = caseId;
        this.name = name;
        this.contentType = contentType;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String name() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public DocumentSummary summary() {
        return new DocumentSummary(id, name, contentType, sha256, uploadedBy, uploadedAt);
    }
}
