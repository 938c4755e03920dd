package com.salesculture.workflow.application.audit;

import java.io.Serializable;
import com.salesculture.domain.model.decision.DecisionLogEntry;
import java.time.Instant;
import java.util.List;

/** What the auditor's workspace shows. */
public final class AuditViews {

    private AuditViews() {
    }

    /**
     * One decision-log entry, with its place in the chain; {@code actorName} and {@code subjectName} are
     * for people (the account's name, the programme's or salesperson's name), the entry itself keeps ids.
     */
    public record Entry(long seq, Instant recordedAt, String actor, String actorName, List<String> actorRoles,
                        String decision, String subjectType, String subjectId, String subjectName, String outcome,
                        String reason, List<String> evidenceHashes, String processInstanceId, String taskId,
                        String entryHash) implements Serializable {

        static Entry of(DecisionLogEntry entry, String actorName, String subjectName) {
            return new Entry(entry.seq(), entry.recordedAt(), entry.actor(), actorName, entry.actorRoles(),
                    entry.type().name(), entry.subjectType(), entry.subjectId(), subjectName, entry.outcome(),
                    entry.reason(), entry.evidenceHashes(), entry.processInstanceId(), entry.taskId(), entry.entryHash());
        }
    }

    /** Someone who may appear in the log, to pick by name: "Lena Lindqvist (lena)". */
    public record Person(String username, String name) {
    }

    public record Page(List<Entry> entries, long total, int page, int size) implements Serializable {
    }

    /**
     * One event of a case's timeline: from the decision log ({@code decision}) or from the engine's
     * history ({@code task}, {@code assignment}, {@code variable}, {@code dmn}).
     */
    public record Event(Instant at, String source, String actor, String what, String detail, String processInstanceId) implements Serializable {
    }

    /** A process instance for the diagram: its model, where it stands, and where it has been. */
    public record Diagram(String processInstanceId, String processKey, String processName, String bpmnXml,
                          List<String> activeActivities, List<String> completedActivities, boolean ended) {
    }

    /** A process instance that belongs to a subject (for the timeline's diagrams). */
    public record Process(String processInstanceId, String processKey, String processName, Instant startedAt,
                          Instant endedAt) implements Serializable {
    }

    /** A subject's story; {@code names} gives the people who acted by username, for pages to show names. */
    public record Timeline(String subjectType, String subjectId, List<Process> processes, List<Event> events,
                           java.util.Map<String, String> names) implements Serializable {
    }
}
