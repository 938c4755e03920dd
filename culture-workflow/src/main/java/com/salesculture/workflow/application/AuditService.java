package com.salesculture.workflow.application;

import com.salesculture.domain.model.decision.ChainVerification;
import com.salesculture.domain.model.decision.DecisionQuery;

/**
 * The auditor's workspace, read only (auditors and admins): is the decision log intact, who decided
 * what, and the whole story of a case, merged from the decision log and the engine's history.
 */
public interface AuditService {

    /** Recomputes the decision log's hash chain. */
    ChainVerification verify();

    AuditViews.Page search(DecisionQuery query);

    /**
     * Everything about a subject: {@code exit-case}, {@code salesperson} or {@code program} (with its
     * id), or one process instance ({@code process}); its decisions, and the history of its processes:
     * tasks with who and when, assignments, variable changes with before and after, DMN evaluations.
     */
    AuditViews.Timeline timeline(String subjectType, String subjectId);

    /** The BPMN model of a process instance, where it stands and which steps it has completed. */
    AuditViews.Diagram diagram(String processInstanceId);
}
