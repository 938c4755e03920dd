package com.salesculture.web.view;

import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.web.view.exceptionhandler.RefusalExceptionHandler;
import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.EvidenceView;
import com.salesculture.workflow.application.exit.ExitCaseService;
import com.salesculture.workflow.application.inbox.TaskActionService;
import com.salesculture.workflow.application.inbox.TaskComment;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.application.inbox.TaskNoteService;
import com.salesculture.workflow.application.inbox.TaskView;
import com.salesculture.workflow.application.review.ReviewService;
import com.salesculture.workflow.application.survey.SurveyService;
import com.salesculture.workflow.application.survey.SurveyViews;
import com.salesculture.workflow.form.FormField;
import com.salesculture.workflow.process.ExitCaseProcess;
import com.salesculture.workflow.process.ReviewProcess;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** One task with everything a person does on it: claim, complete, reassign, delegate, dates, comments. */
@Named
@ViewScoped
public class TaskDetailView implements Serializable {

    @EJB
    private TaskInboxService inbox;

    @EJB
    private TaskActionService actions;

    @EJB
    private TaskNoteService notes;

    @EJB
    private SurveyService surveys;

    @EJB
    private ReviewService reviews;

    @EJB
    private ExitCaseService exits;

    private SurveyViews.Cycle surveyCycle;
    private List<SurveyViews.Response> followUpResponses;
    private String taskId;
    private TaskView task;
    private List<TaskComment> comments = List.of();
    private List<EvidenceView> evidence = List.of();
    private Map<String, String> candidates = Map.of();
    private boolean gone;

    private String newComment;
    private String reassignTo;
    private String delegateTo;
    private LocalDateTime due;
    private LocalDateTime followUp;
    /** What the person entered in the task's form; kept across the page's other actions. */
    private Map<String, Object> formValues;
    private Map<String, String> fieldErrors = Map.of();

    /** Loads the task named in the URL; the service decides whether the caller may see it. */
    public void load() {
        try {
            task = inbox.get(taskId);
            comments = notes.comments(taskId);
            evidence = notes.evidence(taskId);
            candidates = inbox.candidates(taskId);
            due = task.due() == null ? null : LocalDateTime.ofInstant(task.due(), ZoneOffset.UTC);
            followUp = task.followUp() == null ? null : LocalDateTime.ofInstant(task.followUp(), ZoneOffset.UTC);
            if (formValues == null) {
                formValues = new HashMap<>(task.form().values());
            }
        } catch (RuntimeException e) {
            gone = true; // the page says the task is gone, and why, instead of a 404
            task = null;
            RefusalExceptionHandler.say(e);
        }
    }

    public void claim() {
        act(() -> actions.claim(taskId), Texts.text("done.claimed", task.name()));
    }

    public void unclaim() {
        act(() -> actions.unclaim(taskId), Texts.text("done.released", task.name()));
    }

    /** Completes and returns to the inbox, which shows the confirmation. */
    public String complete() {
        fieldErrors = Map.of();
        try {
            actions.complete(taskId, formValues);
            FacesMessages.info(Texts.text("done.completed", task.name()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "inbox?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            // what the form does not show (such as the intent's deliverables) is said above it
            List<String> formFields = task.form().fields().stream().map(FormField::name).toList();
            fieldErrors = FacesMessages.placed(invalid, formFields::contains);
            load();
            return null;
        } catch (RuntimeException refused) {
            load(); // the task as it is now: completed or claimed by someone else meanwhile
            throw refused;
        }
    }

    public Map<String, Object> getFormValues() {
        return formValues;
    }

    /** The message of each form field the last completion attempt refused. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    public void reassign() {
        act(() -> actions.reassign(taskId, reassignTo), Texts.text("done.reassigned", candidates.getOrDefault(reassignTo, reassignTo)));
    }

    public void delegate() {
        act(() -> actions.delegate(taskId, delegateTo), Texts.text("done.delegated"));
    }

    public void resolve() {
        act(() -> actions.resolve(taskId), Texts.text("done.resolved"));
    }

    public void schedule() {
        act(() -> actions.schedule(taskId, due == null ? null : due.toInstant(ZoneOffset.UTC),
                        followUp == null ? null : followUp.toInstant(ZoneOffset.UTC)), Texts.text("done.scheduled"));
    }

    public void comment() {
        act(() -> notes.comment(taskId, newComment), Texts.text("done.commented"));
    }

    /** A file chosen on the page: the service checks its type against its bytes and its size. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        act(() -> notes.attach(taskId, new Evidence.Upload(file.getFileName(), file.getContentType(), file.getContent())),
                Texts.text("done.attached", file.getFileName()));
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            FacesMessages.info(success);
            newComment = null;
        } finally {
            load(); // the task as it is now, also after a refusal (claimed or completed by someone else)
        }
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    /** For a survey cycle's review task: the cycle whose scores it publishes. */
    /** For a task of a performance review: the review, to open it. */
    public Long getReviewId() {
        return task != null && ReviewProcess.KEY.equals(task.processKey())
                ? reviews.idOfProcess(task.processInstanceId()).orElse(null) : null;
    }

    /** For a task of an exit case: the case, to open it. */
    public Long getExitCaseId() {
        return task != null && ExitCaseProcess.KEY.equals(task.processKey())
                ? exits.idOfProcess(task.processInstanceId()).orElse(null) : null;
    }

    public SurveyViews.Cycle getSurveyCycle() {
        if (surveyCycle == null && task != null && "survey-cycle".equals(task.processKey())) {
            surveyCycle = surveys.cycleOfProcess(task.processInstanceId()).orElse(null);
        }
        return surveyCycle;
    }

    /** For a follow-up task: the low-rated responses it is about (the salesperson's of one cycle). */
    public List<SurveyViews.Response> getFollowUpResponses() {
        if (followUpResponses == null && task != null && "survey-follow-up".equals(task.processKey())) {
            followUpResponses = surveys.followUpResponses(task.processInstanceId());
        }
        return followUpResponses;
    }

    public TaskView getTask() {
        return task;
    }

    public boolean isGone() {
        return gone;
    }

    public List<TaskComment> getComments() {
        return comments;
    }

    public List<EvidenceView> getEvidence() {
        return evidence;
    }

    public Map<String, String> getCandidates() {
        return candidates;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }

    public String getDelegateTo() {
        return delegateTo;
    }

    public void setDelegateTo(String delegateTo) {
        this.delegateTo = delegateTo;
    }

    public LocalDateTime getDue() {
        return due;
    }

    public void setDue(LocalDateTime due) {
        this.due = due;
    }

    public LocalDateTime getFollowUp() {
        return followUp;
    }

    public void setFollowUp(LocalDateTime followUp) {
        this.followUp = followUp;
    }
}
