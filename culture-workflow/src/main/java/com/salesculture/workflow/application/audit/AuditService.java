package com.salesculture.workflow.application.audit;

import com.salesculture.domain.model.decision.ChainVerification;
import com.salesculture.domain.model.decision.Checkpoint;
import com.salesculture.domain.model.decision.DecisionQuery;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.util.List;

/**
 * The auditor's workspace, read only (auditors and admins): is the decision log intact, who decided
 * what, and the whole story of a case, merged from the decision log and the engine's history.
 */
public interface AuditService {

    /** Recomputes the decision log's hash chain. */
    ChainVerification verify();

    /**
     * Verifies the chain and holds it against a checkpoint an auditor kept ({@code culture-checkpoint:v1:…}).
     *
     * @throws InvalidInputException (field {@code checkpoint}) when the text is not a checkpoint
     */
    ChainVerification verify(String checkpoint);

    /** Seals the log's head now, keeps it, and mails it to every auditor to keep outside the system. */
    Checkpoint publishCheckpoint();

    /** The newest published checkpoints, newest first. */
    List<Checkpoint> checkpoints();

    AuditViews.Page search(DecisionQuery query);

    /** Accounts whose name or username contains {@code typed} (case aside), by name, at most 20: to search by who acted. */
    List<AuditViews.Person> people(String typed);

    /**
     * Everything about a subject: {@code exit-case}, {@code salesperson} or {@code program} (with its
     * id), or one process instance ({@code process}); its decisions, and the history of its processes:
     * tasks with who and when, assignments, variable changes with before and after, DMN evaluations.
     */
    AuditViews.Timeline timeline(String subjectType, String subjectId);

    /** The BPMN model of a process instance, where it stands and which steps it has completed. */
    AuditViews.Diagram diagram(String processInstanceId);
}
