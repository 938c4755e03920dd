package com.salesculture.web.view;

import com.salesculture.domain.model.exit.ExitReason;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.exit.ExitCaseService;
import com.salesculture.workflow.application.exit.ExitViews;
import com.salesculture.workflow.application.people.SalesForceService;
import com.salesculture.workflow.application.people.SalespersonView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.file.UploadedFile;

/** HR's workspace: the exit cases the caller may see, by stage, with age and due date; sales leaders propose one here. */
@Named("exitsPage")
@ViewScoped
public class ExitsPage implements Serializable {

    @EJB
    private ExitCaseService exits;

    @EJB
    private SalesForceService salesForce;

    private ExitStage stage;
    private final LazyDataModel<ExitViews.Summary> cases = new PagedTable<>(
            (page, sortBy, filterBy) -> exits.list(stage, page), summary -> Long.toString(summary.id()));
    private Long salespersonId;
    private ExitReason reason;
    private String statement;
    private final List<Evidence> documents = new ArrayList<>();

    /** A new stage filter: the table starts again at its first page. */
    public void filter() {
        Tables.toFirstPage("cases:caseTable");
    }

    /** The salespeople an exit may be proposed for (still in the sales force). */
    public List<SalespersonView> getCandidates() {
        return Stream.of(SalespersonStatus.IN_RECOVERY, SalespersonStatus.ACTIVE)
                .flatMap(status -> salesForce.salespeople(null, status).stream()).toList();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        documents.add(new Evidence(file.getFileName(), file.getContentType(), file.getContent()));
    }

    public String propose() {
        ExitViews.Detail proposed = exits.propose(new ExitCaseService.Proposal(salespersonId, reason, statement,
                List.copyOf(documents)));
        FacesMessages.info(Texts.text("exits.proposed", proposed.summary().id()));
        return "exit?faces-redirect=true&id=" + proposed.summary().id();
    }

    public ExitStage getStage() {
        return stage;
    }

    public void setStage(ExitStage stage) {
        this.stage = stage;
    }

    public ExitStage[] getStages() {
        return ExitStage.values();
    }

    public ExitReason[] getReasons() {
        return ExitReason.values();
    }

    public LazyDataModel<ExitViews.Summary> getCases() {
        return cases;
    }

    public Long getSalespersonId() {
        return salespersonId;
    }

    public void setSalespersonId(Long salespersonId) {
        this.salespersonId = salespersonId;
    }

    public ExitReason getReason() {
        return reason;
    }

    public void setReason(ExitReason reason) {
        this.reason = reason;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<String> getDocumentNames() {
        return documents.stream().map(Evidence::name).toList();
    }
}
