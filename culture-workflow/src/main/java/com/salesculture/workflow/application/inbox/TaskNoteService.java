package com.salesculture.workflow.application.inbox;

import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.EvidenceView;
import java.util.List;

/** Comments and evidence on a task, for those who may see it; evidence is hashed into the decision log. */
public interface TaskNoteService {

    List<TaskComment> comments(String taskId);

    /** Attaches evidence to the task; its SHA-256 goes into the decision log. */
    EvidenceView attach(String taskId, Evidence.Upload upload);

    List<EvidenceView> evidence(String taskId);

    /** The evidence's bytes, for those who may see the task. */
    Evidence download(String taskId, String evidenceId);

    TaskComment comment(String taskId, String text);
}
