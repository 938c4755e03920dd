package com.salesculture.workflow.engine;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's implementation classes the application outside this package needs, each with the
 * reason its public API does not serve. Together with the bootstrap, the expression manager, the
 * job executor and the task listeners of this package, they are all a move to a continuation of
 * the engine (Operaton renames the packages) has to touch.
 */
public final class EngineInternals {

    private EngineInternals() {
    }

    /**
     * The engine's clock, which judges timers and due dates (tests move it). The public API sets it
     * through the engine's configuration but has no reader for it.
     */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * Who acts through the engine now, or null when the engine acts itself (a timer, a job).
     * {@code IdentityService.getCurrentAuthentication()} is public; the type it returns is not.
     */
    public static String currentUser(ProcessEngineServices engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The groups of whoever acts through the engine now; none when the engine acts itself. */
    public static List<String> currentGroups(ProcessEngineServices engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    }

    /** Whether the job executor runs: the public configuration type does not expose it. */
    public static boolean jobExecutorActive(ProcessEngine engine) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getJobExecutor() != null && configuration.getJobExecutor().isActive();
    }
}
