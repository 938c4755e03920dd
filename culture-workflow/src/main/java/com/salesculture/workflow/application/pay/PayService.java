package com.salesculture.workflow.application.pay;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.math.BigDecimal;
import java.util.List;

/** Values-linked pay: the pay periods of a programme, their statements, corrections and the payroll export. */
public interface PayService {

    /** The programme's pay periods, newest first (Finance, HR, executives, auditors). */
    List<PayViews.Run> runs(ProgramId programId);

    PayViews.Run run(long runId);

    /**
     * One page of a period's statements, corrections with them, by salesperson name; {@code name} (may be null)
     * narrows them to salespeople whose name contains it.
     */
    Page<PayViews.Statement> statements(long runId, String name, PageRequest page);

    /** One statement: to Finance, HR, executives and auditors, or to the salesperson it is for. */
    PayViews.Statement statement(long statementId);

    /** The signed-in salesperson's approved statements, newest first. */
    List<PayViews.Statement> mine();

    /**
     * Finance corrects an approved statement (a new one, naming it, a draft until an executive approves it).
     *
     * @param targetVariablePay the yearly target variable pay payroll should have used (null: none known)
     */
    PayViews.Statement correct(long statementId, BigDecimal targetVariablePay, String reason);

    /** An executive approves a correction: neither its maker nor the plan's drafter. */
    PayViews.Statement approveCorrection(long statementId);

    /** Finance takes an approved period to payroll (logged with the format). */
    PayViews.Payroll payroll(long runId, String format);
}
