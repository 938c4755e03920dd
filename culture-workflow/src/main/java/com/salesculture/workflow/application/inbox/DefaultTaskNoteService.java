package com.salesculture.workflow.application.inbox;

import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.EvidenceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

@Stateless
@Local(TaskNoteService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.SALESPERSON, Role.Names.ADMIN})
public class DefaultTaskNoteService implements TaskNoteService {

    /** The attachment's description holds the SHA-256 of its content and who attached it. */
    private static final String SHA256_PREFIX = "sha256:";
    private static final String UPLOADER_PREFIX = " by:";

    @Inject
    private EngineGateway engine;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private UserDirectory users;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private TaskAccess access;

    @Override
    public List<TaskComment> comments(String taskId) {
        access.requireVisible(taskId, currentActor.get()); // the same visibility as the task
        return taskService().getTaskComments(taskId).stream()
                .sorted(java.util.Comparator.comparing(Comment::getTime))
                .map(this::commentView)
                .toList();
    }

    @Override
    public TaskComment comment(String taskId, String text) {
        Actor actor = currentActor.get();
        Task task = access.require(taskId, actor); // a task that is gone says so, to every role
        access.requireWriter(actor);
        if (!access.maySee(actor, task)) {
            throw access.notInGroup(task);
        }
        new Validation()
                .require(text != null && !text.isBlank(), "text", "comment.required")
                .require(text == null || text.length() <= TaskComment.MAX_LENGTH, "text",
                        "comment.tooLong", TaskComment.MAX_LENGTH)
                .throwIfInvalid();
        Comment comment = engine.as(actor, processEngine -> processEngine.getTaskService()
                .createComment(taskId, task.getProcessInstanceId(), text.strip()));
        return commentView(comment);
    }

    @Override
    public EvidenceView attach(String taskId, Evidence.Upload upload) {
        Actor actor = currentActor.get();
        Task task = access.requireWorkable(taskId, actor);
        Evidence evidence = upload.checked();
        String sha256 = evidence.sha256();
        Attachment attachment = engine.as(actor, processEngine -> processEngine.getTaskService().createAttachment(
                evidence.contentType(), taskId, task.getProcessInstanceId(), evidence.name(),
                SHA256_PREFIX + sha256 + UPLOADER_PREFIX + actor.username(),
                new java.io.ByteArrayInputStream(evidence.content())));
        decisions.record(access.onTask(DecisionType.EVIDENCE_ATTACHED, task).outcome("attached " + evidence.name())
                .evidence(List.of(sha256)));
        return evidenceView(attachment);
    }

    @Override
    public List<EvidenceView> evidence(String taskId) {
        access.requireVisible(taskId, currentActor.get()); // the same visibility as the task
        return taskService().getTaskAttachments(taskId).stream()
                .sorted(java.util.Comparator.comparing(Attachment::getCreateTime))
                .map(this::evidenceView)
                .toList();
    }

    @Override
    public Evidence download(String taskId, String evidenceId) {
        access.requireVisible(taskId, currentActor.get());
        Attachment attachment = taskService().getTaskAttachment(taskId, evidenceId);
        if (attachment == null) {
            throw new NotFoundException("evidence.notFound");
        }
        try (var content = taskService().getTaskAttachmentContent(taskId, evidenceId)) {
            return new Evidence(attachment.getName(), attachment.getType(), content.readAllBytes());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read evidence " + evidenceId, e);
        }
    }

    private EvidenceView evidenceView(Attachment attachment) {
        String description = attachment.getDescription();
        String sha256 = null;
        String uploadedBy = null;
        if (description != null && description.startsWith(SHA256_PREFIX) && description.contains(UPLOADER_PREFIX)) {
            sha256 = description.substring(SHA256_PREFIX.length(), description.indexOf(UPLOADER_PREFIX));
            uploadedBy = description.substring(description.indexOf(UPLOADER_PREFIX) + UPLOADER_PREFIX.length());
        }
        return new EvidenceView(attachment.getId(), attachment.getName(), attachment.getType(), sha256, uploadedBy,
                uploadedBy == null ? null : users.displayName(uploadedBy), attachment.getCreateTime().toInstant());
    }

    private TaskComment commentView(Comment comment) {
        return new TaskComment(comment.getId(), comment.getUserId(), users.displayName(comment.getUserId()),
                comment.getTime().toInstant(), comment.getFullMessage());
    }

    private TaskService taskService() {
        return engine.reader().getTaskService();
    }
}
