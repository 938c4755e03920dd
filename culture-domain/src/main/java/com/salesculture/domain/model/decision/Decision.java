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

    /** The same decision with a person's (or the rule's) reason. */
    public Decision because(String why) {
        return new Decision(actor, actorRoles, type, subjectType, subjectId, outcome, why, evidenceHashes,
                processInstanceId, taskId);
    }

    /** A decision on a human task of a programme's process. */
    public static Decision onTask(String actor, List<String> roles, DecisionType type, String programId,
                                  String outcome, String processInstanceId, String taskId) {
        return new Decision(actor, roles, type, programId == null ? null : "program", programId, outcome,
                null, List.of(), processInstanceId, taskId);
    }
}
