package com.salesculture.web.view;

import com.salesculture.workflow.application.inbox.SavedFilterView;
import com.salesculture.workflow.application.inbox.TaskActionService;
import com.salesculture.workflow.application.inbox.TaskInboxService;
import com.salesculture.workflow.application.inbox.TaskSearch;
import com.salesculture.workflow.application.inbox.TaskView;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The task inbox: the caller's tasks and their groups' open tasks, filtered, sorted and paged by
 * the engine's task query (a lazy table), with claim, release and complete.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    @EJB
    private TaskInboxService inbox;

    @EJB
    private TaskActionService actions;

    @EJB
    private ProgramService programService;

    private String scope = "inbox";
    private String processKey;
    private Long programId;
    private String due;
    private String group;
    private String text;

    private Map<String, String> processes;
    private List<ProgramView> programs;
    private List<SavedFilterView> savedFilters;
    private String newFilterName;
    private final LazyDataModel<TaskView> tasks = new TaskModel();
    private List<TaskView> selected = new ArrayList<>();
    private String bulkAssignee;

    @PostConstruct
    void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if ("orphaned".equals(parameters.get("scope"))) {
            scope = "orphaned"; // the accounts page links here: tasks held by disabled accounts
        }
        String program = parameters.get("program"); // a link to one programme's tasks
        if (program != null && program.matches("\\d{1,18}")) {
            programId = Long.valueOf(program);
        }
        processes = inbox.processes();
        programs = programService.all();
        savedFilters = inbox.savedFilters();
    }

    /** Shows what a saved filter finds: its criteria replace the current ones. */
    public void apply(SavedFilterView filter) {
        scope = filter.scope();
        processKey = filter.process();
        programId = filter.program();
        due = filter.due();
        group = filter.group();
        text = filter.q();
    }

    public void saveFilter() {
        act(() -> inbox.saveFilter(newFilterName, search(0, 1, null, true)),
                Texts.text("done.filterSaved", newFilterName));
        newFilterName = null;
    }

    public void deleteFilter(SavedFilterView filter) {
        act(() -> inbox.deleteFilter(filter.id()), Texts.text("done.filterDeleted", filter.name()));
    }

    public void claim(TaskView task) {
        act(() -> actions.claim(task.id()), Texts.text("done.claimed", task.name()));
    }

    public void unclaim(TaskView task) {
        act(() -> actions.unclaim(task.id()), Texts.text("done.released", task.name()));
    }

    /** The selected tasks (one kind), claimed, released or reassigned at once: all or none. */
    public void bulk(String action) {
        List<String> ids = selected.stream().map(TaskView::id).toList();
        try {
            actions.bulk(new TaskActionService.Bulk(action, ids, bulkAssignee));
            FacesMessages.info(Texts.text("inbox.bulk.done." + action, ids.size()));
            selected = new ArrayList<>();
            bulkAssignee = null;
        } catch (RuntimeException e) {
            FacesMessages.error(Texts.text("inbox.bulk.nothingChanged", ids.size()));
            throw e; // why, beside the field or above the table, by the one path of refusals
        }
        savedFilters = inbox.savedFilters();
    }

    /** Who the selected tasks can go to: the members of the first one's groups (one kind, the same groups). */
    public Map<String, String> getBulkCandidates() {
        if (selected.isEmpty()) {
            return Map.of();
        }
        try {
            return inbox.candidates(selected.get(0).id());
        } catch (RuntimeException notForMe) {
            return Map.of();
        }
    }

    public List<TaskView> getSelected() {
        return selected;
    }

    public void setSelected(List<TaskView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(String bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }

    /** The confirmation is only worded after the action succeeded. */
    private void act(Runnable action, String success) {
        action.run();
        FacesMessages.info(success);
        savedFilters = inbox.savedFilters(); // their counts follow every change
    }

    private TaskSearch search(int page, int size, String sort, boolean descending) {
        return new TaskSearch(scope, processKey, programId, due, group, text, page, size, sort, descending);
    }

    /** Pages through the engine's task query; nothing is filtered or sorted in memory. */
    private class TaskModel extends LazyDataModel<TaskView> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.count(search(0, 1, null, true)); // the table asks before every load
        }

        @Override
        public List<TaskView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "created" : sort.getField();
            boolean descending = sort == null || sort.getOrder() == SortOrder.DESCENDING;
            return inbox.page(search(first / pageSize, pageSize, field, descending)); // counted just before
        }

        @Override
        public String getRowKey(TaskView task) {
            return task.id();
        }

        @Override
        public TaskView getRowData(String rowKey) {
            return inbox.get(rowKey);
        }
    }

    public LazyDataModel<TaskView> getTasks() {
        return tasks;
    }

    public List<SavedFilterView> getSavedFilters() {
        return savedFilters;
    }

    public String getNewFilterName() {
        return newFilterName;
    }

    public void setNewFilterName(String newFilterName) {
        this.newFilterName = newFilterName;
    }

    public Map<String, String> getProcesses() {
        return processes;
    }

    public List<ProgramView> getPrograms() {
        return programs;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getProcessKey() {
        return processKey;
    }

    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = due;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
