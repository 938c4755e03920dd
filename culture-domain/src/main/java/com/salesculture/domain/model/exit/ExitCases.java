package com.salesculture.domain.model.exit;

import java.util.List;
import java.util.Optional;

/** The stored exit cases with their documents and checklists. */
public interface ExitCases {

    ExitCase add(ExitCase exitCase);

    Optional<ExitCase> find(long id);

    /** The case an {@code exit-approval} process instance runs. */
    Optional<ExitCase> runBy(String processInstanceId);

    /** Cases, oldest proposal first, optionally of one stage and/or one salesperson. */
    List<ExitCase> list(ExitStage stage, Long salespersonId);

    ExitDocument addDocument(ExitDocument document);

    /** A case's documents, oldest first. */
    List<ExitDocument> documents(long caseId);

    Optional<ExitDocument> document(long caseId, long documentId);

    void addItems(List<ChecklistItem> items);

    List<ChecklistItem> checklist(long caseId);
}
