package com.salesculture.domain.model.decision;

import java.util.List;
import java.util.Objects;

/**
 * A decision about to be recorded: who decided what about which subject, with what outcome and why,
 * and where in a process it happened. The log adds the time and the chain.
 *
 * @param actor            the signed-in user
 * @param actorRoles       the roles (groups) they acted in, sorted
 * @param type             what was decided or done
 * @param subjectType      what it concerns ({@code program}, later {@code person}, {@code exit-case}, …)
 * @param subjectId        the id of that subject
 * @param outcome          the result, e.g. {@code claimed}, {@code completed}, {@code approved}
 * @param reason           a person's reason, if any
 * @param evidenceHashes   SHA-256 of each piece of evidence, if any
 * @param processInstanceId the process instance, if any
 * @param taskId           the task, if any
 */
public record Decision(String actor, List<String> actorRoles, DecisionType type, String subjectType,
                       String subjectId, String outcome, String reason, List<String> evidenceHashes,
                       String processInstanceId, String taskId) {

    public Decision {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        actorRoles = actorRoles == null ? List.of() : actorRoles.stream().sorted().toList();
        evidenceHashes = evidenceHashes == null ? List.of() : List.copyOf(evidenceHashes);
    }

    /** A decision about a subject (none when {@code subjectType} is null), before who made it is known. */
    public static Draft of(DecisionType type, String subjectType, Object subjectId) {
        return new Draft(type, subjectType, subjectId == null ? null : subjectId.toString());
    }

    /**
     * What a decision says before its actor is filled in from where it is recorded (the caller of a
     * use case, the person a process step runs for): a call names only what differs.
     */
    public static final class Draft {

        private final DecisionType type;
        private final String subjectType;
        private final String subjectId;
        private String outcome;
        private String reason;
        private List<String> evidenceHashes = List.of();
        private String processInstanceId;
        private String taskId;
        private String actor;
        private List<String> actorRoles = List.of();

        private Draft(DecisionType type, String subjectType, String subjectId) {
            this.type = Objects.requireNonNull(type, "type");
            this.subjectType = subjectType;
            this.subjectId = subjectId;
        }

        public Draft outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        public Draft reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Draft evidence(List<String> hashes) {
            this.evidenceHashes = hashes;
            return this;
        }

        public Draft process(String processInstanceId) {
            this.processInstanceId = processInstanceId;
            return this;
        }

        public Draft task(String taskId) {
            this.taskId = taskId;
            return this;
        }

        /** Someone other than whoever records it decided: a named person, or {@code system} for a rule. */
        public Draft by(String actor, List<String> roles) {
            this.actor = Objects.requireNonNull(actor, "actor");
            this.actorRoles = roles;
            return this;
        }

        public Draft bySystem() {
            return by(SYSTEM, List.of());
        }

        /** Whether {@link #by} named who decided. */
        public boolean named() {
            return actor != null;
        }

        /** The decision, made by the one {@link #by} named, or else by {@code recorder} in {@code roles}. */
        public Decision madeBy(String recorder, List<String> roles) {
            return new Decision(actor != null ? actor : recorder, actor != null ? actorRoles : roles, type, subjectType,
                    subjectId, outcome, reason, evidenceHashes, processInstanceId, taskId);
        }

        /** In a process, unless the draft names its own. */
        public Draft inProcess(String processInstanceId, String taskId) {
            if (this.processInstanceId == null) {
                this.processInstanceId = processInstanceId;
            }
            if (this.taskId == null) {
                this.taskId = taskId;
            }
            return this;
        }
    }

    /** Who decides when a rule or a timer does, not a person. */
    public static final String SYSTEM = "system";

    /** A decision on a human task of a programme's process. */
    public static Decision onTask(String actor, List<String> roles, DecisionType type, String programId,
                                  String outcome, String processInstanceId, String taskId) {
        return new Decision(actor, roles, type, programId == null ? null : "program", programId, outcome,
                null, List.of(), processInstanceId, taskId);
    }
}
