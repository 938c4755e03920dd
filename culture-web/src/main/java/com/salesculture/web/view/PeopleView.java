package com.salesculture.web.view;

import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.web.imports.SalespeopleCsv;
import com.salesculture.web.view.exceptionhandler.RefusalExceptionHandler;
import com.salesculture.workflow.application.people.SalesForceService;
import com.salesculture.workflow.application.people.SalesTeamView;
import com.salesculture.workflow.application.people.SalespersonView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.LazyDataModel;

/** The sales force page: teams, salespeople (filtered), one added by hand, or many by CSV import. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    @EJB
    private SalesForceService salesForce;

    private List<SalesTeamView> teams;
    private Map<String, String> salesLeaders;
    private Long teamFilter;
    private String statusFilter;
    private final LazyDataModel<SalespersonView> salespeople = new PagedTable<>(
            (page, sortBy, filterBy) -> salesForce.salespeople(teamFilter,
                    statusFilter == null ? null : SalespersonStatus.parse(statusFilter).orElse(null), page),
            person -> Long.toString(person.id()));

    private String teamName;
    private String leader;
    private String name;
    private String email;
    private String team;
    private String manager;
    /** The exited salesperson HR is about to rehire, and HR's reason. */
    private SalespersonView rehiring;
    private String rehireReason;
    /** The salesperson the form changes; null while it adds one. */
    private Long editingId;
    /** The revision of that salesperson when the form took their details: a save of an older one is refused. */
    private Long editingRevision;
    private final FileImport fileImport = new FileImport();

    @PostConstruct
    void load() {
        try {
            teams = salesForce.teams();
            salesLeaders = salesForce.salesLeaders();
        } catch (RuntimeException e) {
            teams = List.of(); // a salesperson sees their own data elsewhere, not the sales force
            salesLeaders = Map.of();
            RefusalExceptionHandler.say(e);
        }
    }

    /** A new team or status filter: the table starts again at its first page. */
    public void filter() {
        Tables.toFirstPage("people:table");
    }

    public void formTeam() {
        act(() -> salesForce.formTeam(teamName, leader), Texts.text("people.team.formed", teamName));
        teamName = null;
        leader = null;
    }

    /** Adds a salesperson, or saves the changes to the one being edited. */
    public void add() {
        SalespersonInput input = SalespersonInput.single(name, email, team, manager, null);
        if (editingId == null) {
            act(() -> salesForce.add(input), Texts.text("people.added", name));
        } else {
            act(() -> salesForce.change(editingId, editingRevision, input), Texts.text("people.changed", name));
        }
        cancelEdit();
    }

    /** Puts a salesperson's details into the form, to change them. */
    public void edit(SalespersonView person) {
        editingId = person.id();
        editingRevision = person.revision();
        name = person.name();
        email = person.email();
        team = person.team();
        manager = person.manager();
    }

    public void cancelEdit() {
        editingId = null;
        editingRevision = null;
        name = null;
        email = null;
        manager = null;
    }

    public void startRehire(SalespersonView person) {
        rehiring = person;
        rehireReason = null;
    }

    /** HR brings the exited salesperson back, with the reason for the decision log. */
    public void rehire() {
        act(() -> salesForce.rehire(rehiring.id(), rehireReason), Texts.text("people.rehired", rehiring.name()));
        cancelRehire();
    }

    /** The salesperson gets an account; the set-password link goes to their address. */
    public void openAccount(SalespersonView person) {
        act(() -> salesForce.openAccount(person.id(), null, null), Texts.text("people.accountOpened", person.name(),
                person.email()));
    }

    public void cancelRehire() {
        rehiring = null;
        rehireReason = null;
    }

    public SalespersonView getRehiring() {
        return rehiring;
    }

    public String getRehireReason() {
        return rehireReason;
    }

    public void setRehireReason(String rehireReason) {
        this.rehireReason = rehireReason;
    }

    public Long getEditingId() {
        return editingId;
    }

    /** A CSV file chosen on the page: every row or none; the errors are listed with their lines. */
    public void upload(FileUploadEvent event) {
        fileImport.run(event, content -> salesForce.importAll(SalespeopleCsv.read(content), SalespeopleCsv.sha256(content)),
                "people.imported");
        load();
    }

    private void act(Runnable action, String success) {
        action.run();
        FacesMessages.info(success);
        load();
    }

    public List<SalesTeamView> getTeams() {
        return teams;
    }

    public LazyDataModel<SalespersonView> getSalespeople() {
        return salespeople;
    }

    public Map<String, String> getSalesLeaders() {
        return salesLeaders;
    }

    public List<String> getImportErrors() {
        return fileImport.getErrors();
    }

    public int getMoreImportErrors() {
        return fileImport.getMoreErrors();
    }

    public Long getTeamFilter() {
        return teamFilter;
    }

    public void setTeamFilter(Long teamFilter) {
        this.teamFilter = teamFilter;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }
}
