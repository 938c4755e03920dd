package com.salesculture.web.view;

import com.salesculture.domain.model.program.DeliverableInput;
import com.salesculture.domain.model.program.DeliverableKind;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.StrategicIntent;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.application.people.SalesForceService;
import com.salesculture.workflow.application.people.SalesTeamView;
import com.salesculture.workflow.application.programme.IntentView;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import com.salesculture.workflow.application.programme.StrategicIntentService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The strategic intent page: statement and deliverables of a programme, edited while it is a draft. */
@Named("intentPage")
@ViewScoped
public class IntentPage implements Serializable {

    @EJB
    private StrategicIntentService intents;

    @EJB
    private ProgramService programs;

    @EJB
    private SalesForceService salesForce;

    private Long programId;
    private ProgramView program;
    private IntentView intent;
    private List<SalesTeamView> teams = List.of();
    private String statement;
    private List<DeliverableRow> rows = new ArrayList<>();
    private Map<String, String> fieldErrors = Map.of();

    public void load() {
        ProgramView shown = programs.get(new ProgramId(programId));
        intent = intents.intent(new ProgramId(shown.id()));
        teams = salesForce.teams();
        statement = intent.statement();
        rows = new ArrayList<>(intent.deliverables().stream().map(DeliverableRow::of).toList());
        if (rows.isEmpty()) {
            rows.add(new DeliverableRow());
        }
        program = shown; // last: the page shows a programme only once all of it was read
    }

    public void addRow() {
        if (rows.size() < StrategicIntent.MAX_DELIVERABLES) {
            rows.add(new DeliverableRow());
        }
    }

    public void removeRow(DeliverableRow row) {
        rows.remove(row);
    }

    public void save() {
        fieldErrors = Map.of();
        try {
            intent = intents.draft(new ProgramId(program.id()), intent.revision(), statement,
                    rows.stream().map(DeliverableRow::input).toList());
            FacesMessages.info(Texts.text("intent.saved"));
        } catch (InvalidInputException invalid) {
            fieldErrors = FacesMessages.placed(invalid,
                    field -> field.equals("statement") || field.startsWith("deliverables["));
        }
    }

    /** The message for a field of the row at {@code index} (from 0), if the last save refused it. */
    public String errorOf(int index, String field) {
        return fieldErrors.get("deliverables[" + (index + 1) + "]." + field);
    }

    public String getStatementError() {
        return fieldErrors.get("statement");
    }

    public boolean isEditable() {
        return intent != null && ("DRAFT".equals(intent.status()) || "REJECTED".equals(intent.status()));
    }

    public List<String> getKinds() {
        return Arrays.stream(DeliverableKind.values()).map(Enum::name).toList();
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public ProgramView getProgram() {
        return program;
    }

    public IntentView getIntent() {
        return intent;
    }

    public List<SalesTeamView> getTeams() {
        return teams;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<DeliverableRow> getRows() {
        return rows;
    }

    /** One deliverable as the page edits it. */
    public static class DeliverableRow implements Serializable {

        private String kind;
        private String metric;
        private BigDecimal baseline;
        private BigDecimal target;
        private String unit;
        private LocalDate dueDate;
        private String customerGroup;
        private List<Long> teams = new ArrayList<>();

        static DeliverableRow of(IntentView.DeliverableView view) {
            DeliverableRow row = new DeliverableRow();
            row.kind = view.kind();
            row.metric = view.metric();
            row.baseline = view.baseline();
            row.target = view.target();
            row.unit = view.unit();
            row.dueDate = view.dueDate();
            row.customerGroup = view.customerGroup();
            row.teams = new ArrayList<>(view.teams());
            return row;
        }

        DeliverableInput input() {
            return new DeliverableInput(kind, metric, baseline, target, unit, dueDate, customerGroup, teams);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getMetric() {
            return metric;
        }

        public void setMetric(String metric) {
            this.metric = metric;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public String getCustomerGroup() {
            return customerGroup;
        }

        public void setCustomerGroup(String customerGroup) {
            this.customerGroup = customerGroup;
        }

        public List<Long> getTeams() {
            return teams;
        }

        public void setTeams(List<Long> teams) {
            this.teams = teams;
        }
    }
}
