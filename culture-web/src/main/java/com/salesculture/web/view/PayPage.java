package com.salesculture.web.view;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.workflow.application.pay.PayService;
import com.salesculture.workflow.application.pay.PayViews;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * Values-linked pay: with a programme, its pay periods and one period's statements (Finance corrects,
 * an executive approves a correction, payroll export links); without, the salesperson's own statements.
 */
@Named("payPage")
@ViewScoped
public class PayPage implements Serializable {

    @EJB
    private PayService pay;

    private Long programId;
    private Long runId;
    private List<PayViews.Run> runs = List.of();
    private PayViews.Run run;
    // a page of the period's statements at a time: a period holds one per salesperson, thousands in a large company
    private final LazyDataModel<PayViews.Statement> statements = new PagedTable<>((page, sortBy, filterBy) ->
            pay.statements(run.id(), Tables.filter(filterBy, "salesperson"), page), statement -> Long.toString(statement.id()));
    private List<PayViews.Statement> mine = List.of();

    private Long statementId;
    private String chosenSalesperson;
    private BigDecimal targetVariablePay;
    private String reason;

    public void load() {
        if (programId == null) {
            mine = pay.mine();
            return;
        }
        runs = pay.runs(new ProgramId(programId));
        Long shown = runId != null ? runId : runs.stream().findFirst().map(PayViews.Run::id).orElse(null);
        run = shown == null ? null : pay.run(shown);
    }

    /** Finance picks a row of the table to correct in the form below it. */
    public void choose(PayViews.Statement statement) {
        statementId = statement.id();
        chosenSalesperson = statement.salesperson();
    }

    public void correct() {
        if (statementId == null) {
            FacesMessages.error(Texts.text("pay.correct.none"));
            return;
        }
        pay.correct(statementId, targetVariablePay, reason);
        FacesMessages.info(Texts.text("pay.corrected"));
        reason = null;
        targetVariablePay = null;
        statementId = null;
        chosenSalesperson = null;
        runId = run.id();
        load();
    }

    public void approveCorrection(long id) {
        pay.approveCorrection(id);
        FacesMessages.info(Texts.text("pay.correctionApproved"));
        runId = run.id();
        load();
    }

    /** Whether Finance may correct the statement: approved, not corrected yet. */
    public boolean correctable(PayViews.Statement statement) {
        return statement.status().equals("APPROVED") && statement.correctedById() == null;
    }

    /** A share (0–1) as a whole percentage. */
    public int percent(BigDecimal share) {
        return share == null ? 0 : share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** A percentage as entered: "50 %", "22.5 %". */
    public String share(BigDecimal percent) {
        return percent == null ? "" : percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** An amount in the reader's language, two decimals; empty when there is none. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    public String joined(List<Integer> numbers) {
        return numbers.isEmpty() ? "–" : numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public List<PayViews.Run> getRuns() {
        return runs;
    }

    public PayViews.Run getRun() {
        return run;
    }

    public LazyDataModel<PayViews.Statement> getStatements() {
        return statements;
    }

    public List<PayViews.Statement> getMine() {
        return mine;
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public Long getStatementId() {
        return statementId;
    }

    public String getChosenSalesperson() {
        return chosenSalesperson;
    }

    public BigDecimal getTargetVariablePay() {
        return targetVariablePay;
    }

    public void setTargetVariablePay(BigDecimal targetVariablePay) {
        this.targetVariablePay = targetVariablePay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
