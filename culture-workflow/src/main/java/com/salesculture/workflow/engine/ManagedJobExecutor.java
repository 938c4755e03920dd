package com.salesculture.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs job acquisition on a container-managed thread and the jobs themselves on the server's
 * {@link ManagedExecutorService}, so they get the container's context, pool and shutdown.
 */
final class ManagedJobExecutor extends JobExecutor {

    private final ManagedThreadFactory threadFactory;
    private final ManagedExecutorService executorService;

    ManagedJobExecutor(ManagedThreadFactory threadFactory, ManagedExecutorService executorService) {
        this.threadFactory = threadFactory;
        this.executorService = executorService;
        this.name = "culture-job-executor";
    }

    @Override
    protected void startExecutingJobs() {
        startJobAcquisitionThread();
    }

    @Override
    protected void stopExecutingJobs() {
        stopJobAcquisitionThread();
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
            jobAcquisitionThread.setName(name + "-acquisition");
            jobAcquisitionThread.start();
        }
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executorService.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
