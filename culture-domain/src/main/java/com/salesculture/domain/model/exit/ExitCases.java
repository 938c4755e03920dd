package com.salesculture.domain.model.exit;

import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** The stored exit cases with their documents and checklists. */
public interface ExitCases {

    ExitCase add(ExitCase exitCase);

    Optional<ExitCase> find(long id);

    default ExitCase require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("exit.notFound", id));
    }

    /** The case an {@code exit-approval} process instance runs. */
    Optional<ExitCase> runBy(String processInstanceId);

    /** Cases, oldest proposal first, optionally of one stage and/or one salesperson. */
    List<ExitCase> list(ExitStage stage, Long salespersonId);

    /**
     * Who reads a list of cases: HR, auditors and admins see every case; anyone else those they
     * proposed or decide, an executive also those waiting for an executive.
     */
    record Reader(String username, boolean seesAll, boolean executive) {

        public boolean maySee(ExitCase exitCase) {
            return seesAll || username.equals(exitCase.proposer()) || username.equals(exitCase.approver())
                    || executive && exitCase.stage() == ExitStage.EXECUTIVE_APPROVAL;
        }
    }

    /** One page of the cases the reader may see (the same rule as {@link Reader#maySee}), newest first. */
    Page<ExitCase> visible(ExitStage stage, Reader reader, PageRequest page);

    ExitDocument addDocument(ExitDocument document);

    /** A case's documents, oldest first, without their bytes. */
    List<DocumentSummary> documents(long caseId);

    Optional<ExitDocument> document(long caseId, long documentId);

    void addItems(List<ChecklistItem> items);

    List<ChecklistItem> checklist(long caseId);
}
