package com.salesculture.web.view;

import com.salesculture.domain.model.program.PlanInput;
import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.workflow.application.programme.CompPlanService;
import com.salesculture.workflow.application.programme.PlanView;
import com.salesculture.workflow.application.programme.ProgramService;
import com.salesculture.workflow.application.programme.ProgramView;
import com.salesculture.workflow.application.programme.ValuesService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compensation plan page: every version, and the open one edited while it is a draft. */
@Named("planPage")
@ViewScoped
public class PlanPage implements Serializable {

    /** Fields whose errors the page shows beside them; others are said above the form. */
    private static final List<String> PLACED = List.of("variableShare", "valuesShare", "weights", "effectiveDate",
            "payPeriod", "valuesThreshold");

    @EJB
    private CompPlanService plans;

    @EJB
    private ProgramService programs;

    @EJB
    private ValuesService values;

    private Long programId;
    private ProgramView program;
    private List<PlanView> versions = List.of();
    private PlanView open;
    private String description;
    private BigDecimal variableShare;
    private BigDecimal valuesShare;
    private LocalDate effectiveDate;
    private String payPeriod = "QUARTER";
    private BigDecimal valuesThreshold = new BigDecimal("0.80");
    private boolean recognition;
    private List<Weight> weights = new ArrayList<>();
    private Map<String, String> fieldErrors = Map.of();
    /** The version this page edits: the newest one, or 1 before there is any. */
    private int version = 1;

    public void load() {
        ProgramId id = new ProgramId(programId);
        ProgramView shown = programs.get(id);
        versions = plans.versions(id);
        open = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        int version = open == null ? 1 : open.planVersion();
        if (open != null) {
            description = open.description();
            variableShare = open.variableShare();
            valuesShare = open.valuesShare();
            effectiveDate = open.effectiveDate();
            payPeriod = open.payPeriod();
            valuesThreshold = open.valuesThreshold();
            recognition = open.recognition();
        }
        weights = new ArrayList<>(values.values(id).values().stream().map(value -> new Weight(value.name(),
                open == null ? null : open.weights().get(value.name()))).toList());
        this.version = version;
        program = shown; // last: the page shows a programme only once all of it was read
    }

    public void save() {
        fieldErrors = Map.of();
        try {
            Map<String, BigDecimal> byValue = new LinkedHashMap<>();
            weights.forEach(weight -> byValue.put(weight.getValue(), weight.getPercent()));
            plans.draft(new ProgramId(programId), version, open == null ? null : open.revision(),
                    new PlanInput(description, variableShare, valuesShare, byValue, effectiveDate, payPeriod,
                            valuesThreshold, recognition));
            FacesMessages.info(Texts.text("plan.saved", version));
            load();
        } catch (InvalidInputException invalid) {
            fieldErrors = FacesMessages.placed(invalid, field -> PLACED.stream().anyMatch(field::startsWith));
        }
    }

    /** The message for a field (weights: also any single value's weight). */
    public String errorOf(String field) {
        return String.join(" ", fieldErrors.entrySet().stream().filter(e -> e.getKey().startsWith(field))
                .map(Map.Entry::getValue).toList());
    }

    public boolean isEditable() {
        return open == null || "DRAFT".equals(open.status()) || "REJECTED".equals(open.status());
    }

    public String getPayPeriod() {
        return payPeriod;
    }

    public void setPayPeriod(String payPeriod) {
        this.payPeriod = payPeriod;
    }

    public BigDecimal getValuesThreshold() {
        return valuesThreshold;
    }

    public void setValuesThreshold(BigDecimal valuesThreshold) {
        this.valuesThreshold = valuesThreshold;
    }

    public boolean isRecognition() {
        return recognition;
    }

    public void setRecognition(boolean recognition) {
        this.recognition = recognition;
    }

    public int getVersion() {
        return version;
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

    public List<PlanView> getVersions() {
        return versions;
    }

    public PlanView getOpen() {
        return open;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getVariableShare() {
        return variableShare;
    }

    public void setVariableShare(BigDecimal variableShare) {
        this.variableShare = variableShare;
    }

    public BigDecimal getValuesShare() {
        return valuesShare;
    }

    public void setValuesShare(BigDecimal valuesShare) {
        this.valuesShare = valuesShare;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public List<Weight> getWeights() {
        return weights;
    }

    /** One value's weight, as the page edits it. */
    public static class Weight implements Serializable {

        private final String value;
        private BigDecimal percent;

        Weight(String value, BigDecimal percent) {
            this.value = value;
            this.percent = percent;
        }

        public String getValue() {
            return value;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }
}
