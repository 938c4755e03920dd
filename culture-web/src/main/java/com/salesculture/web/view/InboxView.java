package com.salesculture.web.view;

import com.salesculture.workflow.application.TaskInboxService;
import com.salesculture.workflow.application.TaskView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The task inbox: the caller's tasks and their groups' open tasks, with claim, release and complete. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    @EJB
    private transient TaskInboxService inbox;

    private List<TaskView> tasks;

    @PostConstruct
    void load() {
        tasks = inbox.inbox();
    }

    public void claim(TaskView task) {
        act(() -> inbox.claim(task.id()), "You claimed \u201c" + task.name() + "\u201d.");
    }

    public void unclaim(TaskView task) {
        act(() -> inbox.unclaim(task.id()), "You released \u201c" + task.name() + "\u201d for your group.");
    }

    public void complete(TaskView task) {
        act(() -> inbox.complete(task.id()), "\u201c" + task.name() + "\u201d is complete.");
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            FacesMessages.info(success);
        } catch (RuntimeException e) {
            FacesMessages.refused(e, Map.of());
        }
        load();
    }

    public List<TaskView> getTasks() {
        return tasks;
    }
}
