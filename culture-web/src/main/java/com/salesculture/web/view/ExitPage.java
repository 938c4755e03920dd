package com.salesculture.web.view;

import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.exit.ExitCaseService;
import com.salesculture.workflow.application.exit.ExitViews;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.application.people.SalesForceService;
import com.salesculture.workflow.application.people.SalespersonView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * One exit case: the statement and the evidence attached when it was proposed, its documents, its
 * history, and what HR does during offboarding: tick each item (a hand-over names the salesperson
 * taking the customer on) and close. The proposer or HR may cancel it with a reason (admins make no business decisions).
 */
@Named("exitPage")
@ViewScoped
public class ExitPage implements Serializable {

    @EJB
    private ExitCaseService exits;

    @EJB
    private SalesForceService salesForce;

    @EJB
    private TaskInboxService inbox;

    private Long id;
    private ExitViews.Detail exitCase;
    private final Map<Long, Long> newOwners = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private String cancelReason;
    private String holdReason;
    private String checkedTaskId;
    private boolean taskOpenable;

    public void load() {
        exitCase = exits.get(id);
    }

    /** The open step's task is linked only for those the task page would show it to (asked once per task). */
    public boolean isTaskOpenable() {
        String taskId = exitCase == null ? null : exitCase.summary().openTaskId();
        if (taskId == null) {
            return false;
        }
        if (!taskId.equals(checkedTaskId)) {
            taskOpenable = inbox.maySee(taskId);
            checkedTaskId = taskId;
        }
        return taskOpenable;
    }

    /** Who can take customers on: salespeople still in the sales force, other than the one leaving. */
    public List<SalespersonView> getNewOwners() {
        return Stream.of(SalespersonStatus.ACTIVE, SalespersonStatus.IN_RECOVERY)
                .flatMap(status -> salesForce.salespeople(null, status).stream())
                .filter(salesperson -> exitCase == null || salesperson.id() != exitCase.summary().salespersonId())
                .toList();
    }

    public void tick(long itemId) {
        act(() -> exits.tick(id, itemId, newOwners.get(itemId), notes.get(itemId)), "exit.ticked");
    }

    public void close() {
        act(() -> exits.close(id), "exit.closed");
    }

    public void cancel() {
        act(() -> exits.cancel(id, cancelReason), "exit.cancelled");
    }

    public void placeLegalHold() {
        act(() -> exits.placeLegalHold(id, holdReason), "exit.hold.placed");
        holdReason = null;
    }

    public void releaseLegalHold() {
        act(() -> exits.releaseLegalHold(id, holdReason), "exit.hold.released");
        holdReason = null;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        act(() -> {
            exits.addDocument(id, new Evidence.Upload(file.getFileName(), file.getContentType(), file.getContent()));
            return exits.get(id);
        }, "exit.uploaded");
    }

    private void act(Supplier<ExitViews.Detail> step, String done) {
        exitCase = step.get();
        FacesMessages.info(Texts.text(done));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExitViews.Detail getExitCase() {
        return exitCase;
    }

    public Map<Long, Long> getNewOwner() {
        return newOwners;
    }

    public Map<Long, String> getNote() {
        return notes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }
}
