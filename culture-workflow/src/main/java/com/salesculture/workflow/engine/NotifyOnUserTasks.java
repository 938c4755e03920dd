package com.salesculture.workflow.engine;

import com.salesculture.workflow.notification.TaskNotifications;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds the notification listeners to every user task of every model, so no model has to declare them. */
public final class NotifyOnUserTasks extends AbstractBpmnParseListener {

    private final TaskNotifications notifications;

    public NotifyOnUserTasks(TaskNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, notifications::created);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, notifications::assigned);
    }
}
