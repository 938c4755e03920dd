package com.salesculture.web.view;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.program.ValueInput;
import com.salesculture.domain.model.program.ValuesCharter;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import com.salesculture.workflow.application.programme.ValuesService;
import com.salesculture.workflow.application.programme.ValuesView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The values page: a programme's three values with their behaviours, edited while they are a draft. */
@Named("valuesPage")
@ViewScoped
public class ValuesPage implements Serializable {

    @EJB
    private ValuesService valuesService;

    @EJB
    private ProgramService programs;

    private Long programId;
    private ProgramView program;
    private ValuesView charter;
    private List<ValueRow> rows = new ArrayList<>();
    private Map<String, String> fieldErrors = Map.of();

    public void load() {
        ProgramView shown = programs.get(new ProgramId(programId));
        charter = valuesService.values(new ProgramId(programId));
        rows = new ArrayList<>(charter.values().stream().map(ValueRow::of).toList());
        while (rows.size() < ValuesCharter.VALUES) {
            rows.add(new ValueRow());
        }
        program = shown; // last: the page shows a programme only once all of it was read
    }

    public void save() {
        fieldErrors = Map.of();
        try {
            charter = valuesService.draft(new ProgramId(programId), charter.revision(),
                    rows.stream().map(ValueRow::input).toList());
            FacesMessages.info(Texts.text("values.saved"));
        } catch (InvalidInputException invalid) {
            fieldErrors = FacesMessages.placed(invalid, field -> field.startsWith("values["));
        }
    }

    /** The messages for a value (from 0): its field, or any of its behaviours for {@code behaviours}. */
    public String errorOf(int index, String field) {
        String prefix = "values[" + (index + 1) + "]." + field;
        return String.join(" ", fieldErrors.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(Map.Entry::getValue).toList());
    }

    public boolean isEditable() {
        return charter != null && ("DRAFT".equals(charter.status()) || "REJECTED".equals(charter.status()));
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

    public ValuesView getCharter() {
        return charter;
    }

    public List<ValueRow> getRows() {
        return rows;
    }

    /** One value as the page edits it: the behaviours one per line. */
    public static class ValueRow implements Serializable {

        private String name;
        private String statement;
        private String behaviours;

        static ValueRow of(ValuesView.Value value) {
            ValueRow row = new ValueRow();
            row.name = value.name();
            row.statement = value.statement();
            row.behaviours = String.join("\n", value.behaviours());
            return row;
        }

        ValueInput input() {
            return new ValueInput(name, statement, behaviours == null ? List.of()
                    : Arrays.stream(behaviours.split("\\R")).filter(line -> !line.isBlank()).toList());
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStatement() {
            return statement;
        }

        public void setStatement(String statement) {
            this.statement = statement;
        }

        public String getBehaviours() {
            return behaviours;
        }

        public void setBehaviours(String behaviours) {
            this.behaviours = behaviours;
        }
    }
}
