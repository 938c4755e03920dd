package com.salesculture.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionLogEntry;
import com.salesculture.domain.model.decision.DecisionType;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Engine and domain share one JTA transaction: they commit or roll back together. Runs inside the server. */
@ExtendWith(ArquillianExtension.class)
class TransactionIT {

    private static final String PROCESS = "it-write-then-fail";
    private static final String ASYNC_PROCESS = "it-write-async";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private ProcessEngine engine() {
        return BpmPlatform.getProcessEngineService().getProcessEngine("default");
    }

    /** Deploys the test process once; duplicate filtering makes later calls no-ops. */
    private void deployTestProcess() {
        engine().getRepositoryService().createDeployment()
                .name("it-transactions").enableDuplicateFiltering(true)
                .addString(PROCESS + ".bpmn", writingProcess(PROCESS, false))
                .addString(ASYNC_PROCESS + ".bpmn", writingProcess(ASYNC_PROCESS, true))
                .deploy();
    }

    /** start → write (the test delegate, reached by its CDI name) → a user task that keeps the instance open. */
    private static String writingProcess(String key, boolean asynchronous) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="it">
                  <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="write"/>
                    <serviceTask id="write" camunda:asyncBefore="%s" camunda:delegateExpression="${writeThenFail}"/>
                    <sequenceFlow id="f2" sourceRef="write" targetRef="wait"/>
                    <userTask id="wait" camunda:candidateGroups="admin"/>
                    <sequenceFlow id="f3" sourceRef="wait" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(key, asynchronous);
    }

    @Test
    @DisplayName("Control: a delegate that succeeds leaves its domain row and the process")
    void successfulDelegateCommitsBoth() throws Exception {
        deployTestProcess();
        String key = "tx-ok-" + UUID.randomUUID();

        engine().getRuntimeService().startProcessInstanceByKey(PROCESS, key,
                Map.of("rowId", freshRowId(), "fail", false));

        assertThat(programRows(key)).isEqualTo(1);
        assertThat(processInstances(key)).isEqualTo(1);
        assertThat(historicInstances(key)).isEqualTo(1);
    }

    @Test
    @DisplayName("A delegate that writes a domain row and then fails leaves neither the row nor any process trace")
    void failingDelegateRollsBackBoth() throws Exception {
        deployTestProcess();
        String key = "tx-fail-" + UUID.randomUUID();

        assertThatThrownBy(() -> engine().getRuntimeService().startProcessInstanceByKey(PROCESS, key,
                Map.of("rowId", freshRowId(), "fail", true)))
                .hasMessageContaining("failing on purpose");

        assertThat(programRows(key)).as("domain row").isZero();
        assertThat(processInstances(key)).as("runtime").isZero();
        assertThat(historicInstances(key)).as("history").isZero();
    }

    @Test
    @DisplayName("Plain SQL sees what the transaction changed through JPA and has not flushed yet")
    void plainSqlSeesUnflushedJpaChanges() throws Exception {
        DecisionLog log = CDI.current().select(DecisionLog.class).get();
        String subject = "tx-" + UUID.randomUUID();
        UserTransaction transaction = lookup("java:jboss/UserTransaction");

        transaction.begin();
        try {
            assertThat(log.about("transaction-it", subject)).as("plain SQL before any JPA").isEmpty();
            log.record(Decision.of(DecisionType.PROGRAM_STARTED, "transaction-it", subject).outcome("started")
                    .madeBy("transaction-it", List.of()));
            // about() persists the recorded entry through JPA, unflushed, then reads the log with plain SQL
            assertThat(log.about("transaction-it", subject)).extracting(DecisionLogEntry::outcome).containsExactly("started");
        } finally {
            transaction.rollback();
        }
        assertThat(log.about("transaction-it", subject)).as("rolled back").isEmpty();
    }

    @Test
    @DisplayName("A caller's rollback removes both the domain change and the started process")
    void callerRollbackRemovesBoth() throws Exception {
        deployTestProcess();
        String key = "tx-caller-" + UUID.randomUUID();
        UserTransaction transaction = lookup("java:jboss/UserTransaction");

        transaction.begin();
        try {
            engine().getRuntimeService().startProcessInstanceByKey(PROCESS, key,
                    Map.of("rowId", freshRowId(), "fail", false));
            assertThat(programRows(key)).as("visible inside the transaction").isEqualTo(1);
            assertThat(processInstances(key)).as("visible inside the transaction").isEqualTo(1);
        } finally {
            transaction.rollback();
        }

        assertThat(programRows(key)).isZero();
        assertThat(processInstances(key)).isZero();
        assertThat(historicInstances(key)).isZero();
        assertThat(engine().getTaskService().createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    @Test
    @DisplayName("The job executor runs asynchronous steps on the server's managed executor, committing their domain writes")
    void jobExecutorRunsAsyncSteps() throws Exception {
        deployTestProcess();
        String key = "tx-async-" + UUID.randomUUID();

        String instanceId = engine().getRuntimeService().startProcessInstanceByKey(ASYNC_PROCESS, key,
                Map.of("rowId", freshRowId(), "fail", false)).getId();

        long deadline = System.currentTimeMillis() + 30_000;
        while (programRows(key) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(programRows(key)).as("written by the job").isEqualTo(1);
        assertThat(engine().getHistoryService().createHistoricJobLogQuery().processInstanceId(instanceId)
                .successLog().count()).as("the write ran as a job").isEqualTo(1);
        assertThat(engine().getTaskService().createTaskQuery().processInstanceId(instanceId).count())
                .as("and the process moved on").isEqualTo(1);
    }

    @Test
    @DisplayName("Flyway made the engine's tables from the engine's scripts; the engine itself alters no schema at start")
    void flywayOwnsTheEngineSchema() throws Exception {
        assertThat(engine().getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
        DataSource dataSource = lookup("java:jboss/datasources/CultureDS");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from \"engine_schema_history\" where \"version\" = '7.24' and \"success\"");
             ResultSet result = statement.executeQuery()) {
            result.next();
            assertThat(result.getInt(1)).as("the 7.24 tables, recorded by Flyway").isEqualTo(1);
        }
        assertThat(engine().getManagementService().getTableCount()).as("the engine finds its tables")
                .containsKeys("ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_RE_DECISION_DEF", "ACT_RU_CASE_EXECUTION", "ACT_ID_USER");
    }

    private long processInstances(String key) {
        return engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).count();
    }

    private long historicInstances(String key) {
        return engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count();
    }

    private static long freshRowId() {
        return 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    private static int programRows(String name) throws NamingException, SQLException {
        DataSource dataSource = lookup("java:jboss/datasources/CultureDS");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*) from program where name = ?")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) throws NamingException {
        return (T) new InitialContext().lookup(name);
    }
}
