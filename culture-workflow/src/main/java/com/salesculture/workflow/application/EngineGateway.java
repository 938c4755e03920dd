package com.salesculture.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The one way application services call the engine on behalf of a person: the engine
 * sees the signed-in user, so its user operation log and history name them.
 */
@ApplicationScoped
public class EngineGateway {

    @Inject
    private ProcessEngine processEngine;

    public <T> T as(Actor actor, Function<ProcessEngine, T> call) {
        IdentityService identity = processEngine.getIdentityService();
        identity.setAuthentication(actor.username(), actor.groupList());
        try {
            return call.apply(processEngine);
        } catch (OptimisticLockingException e) { // a race with a job or a request, not a defect: a 409, not a 500
            throw new ConcurrentChangeException(e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Reads that act on nobody's behalf (queries, history). */
    public ProcessEngine reader() {
        return processEngine;
    }
}
