package com.salesculture.web.view;

import com.salesculture.workflow.application.operations.OperationsService;
import com.salesculture.workflow.application.operations.OperationsViews;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Operations for admins: failed jobs and incidents (retried with a reason), readiness, history clean-up. */
@Named("adminPage")
@ViewScoped
public class AdminPage implements Serializable {

    @EJB
    private OperationsService operations;

    private List<OperationsViews.FailedJob> jobs = List.of();
    private List<OperationsViews.FailedMail> mails = List.of();
    private final Map<Long, String> mailReasons = new HashMap<>();
    private List<OperationsViews.ProcessVersion> versions = List.of();
    private final Map<String, String> migrationReasons = new HashMap<>();
    private final Map<String, String> migrationMappings = new HashMap<>();
    private OperationsViews.Health health;
    private final Map<String, String> reasons = new HashMap<>();
    private String stacktrace;
    private String cleanupReason;
    private OperationsViews.HistoryCleanup cleanup;

    public void load() {
        jobs = operations.failedJobs();
        mails = operations.failedMails();
        versions = operations.processVersions();
        health = operations.readiness();
        cleanup = operations.historyCleanup();
    }

    public void retryMail(long mailId) {
        operations.retryMail(mailId, mailReasons.get(mailId));
        FacesMessages.info(Texts.text("admin.mails.retried", mailId));
        mailReasons.remove(mailId);
        load();
    }

    public List<OperationsViews.FailedMail> getMails() {
        return mails;
    }

    public Map<Long, String> getMailReason() {
        return mailReasons;
    }

    public void retry(String jobId) {
        operations.retry(jobId, reasons.get(jobId));
        FacesMessages.info(Texts.text("admin.retried", jobId));
        reasons.remove(jobId);
        load();
    }

    /**
     * Moves every running instance of an older version to the latest one; steps the new version
     * renamed are mapped as written, {@code OldStep=NewStep}, separated by commas.
     */
    public void migrate(String processKey, int version) {
        String key = processKey + ":" + version;
        Map<String, String> mappings = new LinkedHashMap<>();
        String written = migrationMappings.getOrDefault(key, "");
        for (String mapping : written.split(",")) {
            if (mapping.isBlank()) {
                continue;
            }
            String[] ids = mapping.split("=", -1);
            if (ids.length != 2 || ids[0].isBlank() || ids[1].isBlank()) {
                FacesMessages.error(Texts.text("admin.migrate.mappingFormat", mapping.strip()));
                return;
            }
            mappings.put(ids[0].strip(), ids[1].strip());
        }
        OperationsViews.Migration migration = operations.migrate(processKey, version, null, null, mappings,
                migrationReasons.get(key));
        FacesMessages.info(Texts.text("admin.migrated", migration.migratedInstances(), processKey,
                migration.fromVersion(), migration.toVersion()));
        migrationReasons.remove(key);
        migrationMappings.remove(key);
        load();
    }

    public void showStacktrace(String jobId) {
        stacktrace = operations.stacktrace(jobId);
    }

    public void cleanUp() {
        String job = operations.cleanUpHistory(cleanupReason);
        FacesMessages.info(Texts.text("admin.cleanup.started", job));
        cleanupReason = null;
    }

    public List<OperationsViews.FailedJob> getJobs() {
        return jobs;
    }

    public List<OperationsViews.ProcessVersion> getVersions() {
        return versions;
    }

    public Map<String, String> getMigrationMappings() {
        return migrationMappings;
    }

    public Map<String, String> getMigrationReason() {
        return migrationReasons;
    }

    public OperationsViews.Health getHealth() {
        return health;
    }

    public Map<String, String> getReason() {
        return reasons;
    }

    public String getStacktrace() {
        return stacktrace;
    }

    public OperationsViews.HistoryCleanup getCleanup() {
        return cleanup;
    }

    public String getCleanupReason() {
        return cleanupReason;
    }

    public void setCleanupReason(String cleanupReason) {
        this.cleanupReason = cleanupReason;
    }
}
