package com.salesculture.workflow.process.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.salesculture.workflow.process.paths.doubles.Doubles;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of {@code pay-period}: at the period's end the next opens and the statements are drafted;
 * Finance, then HR check them, an executive approves; a return or a rejection has them drafted again.
 */
class PayPeriodPathsTest {

    private static final Date PERIOD_STARTS = Date.from(Instant.parse("2030-01-01T00:00:00Z"));
    private static final Date PERIOD_ENDS = Date.from(Instant.parse("2030-04-01T00:00:00Z"));

    @RegisterExtension
    final ProcessPaths paths = new ProcessPaths();
    private final Doubles doubles = paths.doubles();

    @Test
    @DisplayName("At the period's end the next opens; Finance and HR pass the statements and an executive approves them")
    void periodEndsThenCheckedAndApproved() {
        ProcessInstance period = openPeriod();

        assertThat(period).isWaitingAt("PeriodEnds");
        assertThat(job()).hasDueDate(PERIOD_ENDS);
        execute(job());
        draft(period);
        check(period, "CheckByFinance", "finance", "APPROVE");
        check(period, "CheckByHr", "hr", "APPROVE");
        check(period, "ApproveStatements", "executive", "APPROVE");

        assertThat(period).hasPassedInOrder("PeriodOpened", "PeriodEnds", "OpenNextPeriod", "DraftStatements",
                "CheckByFinance", "RecordFinanceCheck", "CheckByHr", "RecordHrCheck", "ApproveStatements",
                "RecordPayDecision", "StatementsApproved").isEnded();
        assertThat(doubles.payPeriod.calls()).containsExactly("openNext", "draft", "checked by finance: APPROVE",
                "checked by hr: APPROVE", "decided: APPROVE");
    }

    @Test
    @DisplayName("Finance returns the statements: they are drafted again and go back to Finance")
    void financeReturnsSoDraftedAgain() {
        ProcessInstance period = periodEnded();

        check(period, "CheckByFinance", "finance", "REJECT");
        draft(period);

        assertThat(period).isWaitingAt("CheckByFinance").hasNotPassed("CheckByHr");
        assertThat(doubles.payPeriod.calls()).containsExactly("openNext", "draft", "checked by finance: REJECT", "draft");
    }

    @Test
    @DisplayName("HR returns the statements Finance passed: they are drafted again and go back to Finance")
    void hrReturnsSoDraftedAgain() {
        ProcessInstance period = periodEnded();

        check(period, "CheckByFinance", "finance", "APPROVE");
        check(period, "CheckByHr", "hr", "REJECT");
        draft(period);

        assertThat(period).isWaitingAt("CheckByFinance").hasNotPassed("ApproveStatements");
        assertThat(doubles.payPeriod.calls()).endsWith("checked by hr: REJECT", "draft");
    }

    @Test
    @DisplayName("An executive rejects the checked statements: they are drafted again, checked again and then approved")
    void executiveRejectsThenDraftedAgainAndApproved() {
        ProcessInstance period = periodEnded();

        check(period, "CheckByFinance", "finance", "APPROVE");
        check(period, "CheckByHr", "hr", "APPROVE");
        check(period, "ApproveStatements", "executive", "REJECT");
        draft(period);
        check(period, "CheckByFinance", "finance", "APPROVE");
        check(period, "CheckByHr", "hr", "APPROVE");
        check(period, "ApproveStatements", "executive", "APPROVE");

        assertThat(period).hasPassed("StatementsApproved").isEnded();
        assertThat(doubles.payPeriod.calls()).containsSubsequence("decided: REJECT", "draft", "decided: APPROVE");
    }

    private static ProcessInstance openPeriod() {
        return runtimeService().startProcessInstanceByKey("pay-period", "42", withVariables("planVersion", 1,
                "periodNumber", 1, "periodStarts", PERIOD_STARTS, "periodEnds", PERIOD_ENDS, "planDrafter", "lead.lena"));
    }

    /** A period whose end has come and whose first drafts wait for Finance. */
    private static ProcessInstance periodEnded() {
        ProcessInstance period = openPeriod();
        execute(job(period));
        draft(period);
        return period;
    }

    /** Drafting runs in a job of its own (retried on failure), after whoever's step set it off. */
    private static void draft(ProcessInstance period) {
        assertThat(period).isWaitingAt("DraftStatements");
        execute(job());
    }

    private static void check(ProcessInstance period, String task, String group, String decision) {
        assertThat(period).isWaitingAt(task);
        assertThat(task()).hasCandidateGroup(group);
        complete(task(), withVariables("decision", decision));
    }
}
