package com.salesculture.workflow.process;

import com.salesculture.workflow.application.survey.SurveyCycleLauncher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task "Open a survey cycle" of {@code culture-program}; skipped while a cycle opened on demand is still open. */
@Named("openSurveyCycle")
@ApplicationScoped
public class OpenSurveyCycle implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(OpenSurveyCycle.class.getName());

    @Inject
    private SurveyCycleLauncher launcher;

    @Override
    public void execute(DelegateExecution execution) {
        var programId = CultureProgramProcess.programId(execution);
        if (launcher.hasOpenCycle(programId)) {
            LOG.info(() -> "Programme " + programId + ": a survey cycle is still open; the cadence skips this turn");
            return;
        }
        launcher.open(programId, "cadence", List.of(), execution.getProcessEngineServices().getRuntimeService());
    }
}
