package com.salesculture.web.view;

import com.salesculture.domain.model.program.ProgramId;
import com.salesculture.web.imports.ActualsCsv;
import com.salesculture.web.imports.CsvFile;
import com.salesculture.workflow.application.programme.ResultViews;
import com.salesculture.workflow.application.programme.ResultsService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** A programme's results: each deliverable's figures against baseline and target, and recording them. */
@Named("resultsPage")
@ViewScoped
public class ResultsPage implements Serializable {

    @EJB
    private ResultsService results;

    private Long programId;
    private List<ResultViews.DeliverableResult> deliverables = List.of();
    private final FileImport fileImport = new FileImport();

    private Integer number;
    private Long team;
    private LocalDate asOf;
    private BigDecimal value;
    private String source;

    public void load() {
        deliverables = results.results(new ProgramId(programId));
    }

    public void record() {
        results.record(new ProgramId(programId), number == null ? 0 : number,
                new ResultViews.ActualInput(team, asOf, value, source));
        FacesMessages.info(Texts.text("results.recorded"));
        value = null;
        source = null;
        load();
    }

    public void upload(FileUploadEvent event) {
        fileImport.run(event, content -> results.importAll(new ProgramId(programId), ActualsCsv.read(content),
                CsvFile.sha256(content)), "results.imported");
        load();
    }

    /** Names in a line: "North, South". */
    public String joined(List<String> names) {
        return String.join(", ", names);
    }

    /** The share of the way from baseline to target, as a whole percentage for the bar (0–100). */
    public int percent(BigDecimal share) {
        return share == null ? 0 : Math.max(0, Math.min(100, share.movePointRight(2).intValue()));
    }

    /** The teams the deliverables name, by name (a figure for one of them, or for the whole deliverable). */
    public Map<String, Long> getTeams() {
        Map<String, Long> teams = new java.util.TreeMap<>();
        for (ResultViews.DeliverableResult deliverable : deliverables) {
            for (int i = 0; i < deliverable.teams().size(); i++) {
                teams.put(deliverable.teamNames().get(i), deliverable.teams().get(i));
            }
        }
        return teams;
    }

    public List<ResultViews.DeliverableResult> getDeliverables() {
        return deliverables;
    }

    public List<String> getImportErrors() {
        return fileImport.getErrors();
    }

    public int getMoreImportErrors() {
        return fileImport.getMoreErrors();
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
