package com.salesculture.workflow.application.people;

import com.salesculture.domain.infrastructure.persistence.PendingChanges;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.domain.model.people.UserDirectory;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.salesforce.SalesForceRules;
import com.salesculture.domain.model.salesforce.SalesTeam;
import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.shared.Validation;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import com.salesculture.workflow.application.EngineGateway;
import com.salesculture.workflow.application.EngineTime;
import com.salesculture.workflow.process.ValuesAcknowledgements;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Stateless
@Local(SalesForceService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.FINANCE,
        Role.Names.AUDITOR, Role.Names.ADMIN})
public class DefaultSalesForceService implements SalesForceService {

    @Inject
    private SalesForce salesForce;

    @Inject
    private UserDirectory users;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private PendingChanges pendingChanges;

    @Inject
    private DecisionRecorder decisions;

    @Inject
    private AccountChanges accounts;

    @Inject
    private EngineGateway engine;

    @Inject
    private ValuesAcknowledgements acknowledgements;

    @Override
    public List<SalesTeamView> teams() {
        Map<Long, Long> headcount = salesForce.headcount();
        return salesForce.teams().stream().map(team -> new SalesTeamView(team.id(), team.name(), team.leader(),
                users.displayName(team.leader()), headcount.getOrDefault(team.id(), 0L))).toList();
    }

    @Override
    public Map<String, String> salesLeaders() {
        return users.membersOf(List.of(Role.SALES_LEADER.groupName()));
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public SalesTeamView formTeam(String name, String leader) {
        Actor actor = currentActor.get();
        SalesTeam team = SalesTeam.form(name, leader);
        if (!salesLeaderNames().contains(team.leader())) {
            throw new InvalidInputException("leader", "team.leader.notLeader", team.leader());
        }
        salesForce.add(team);
        decisions.record(Decision.of(DecisionType.TEAM_FORMED, "team", team.id().toString()).outcome("formed")
                .reason(team.name() + ", led by " + team.leader()));
        return new SalesTeamView(team.id(), team.name(), team.leader(), users.displayName(team.leader()), 0);
    }

    @Override
    public List<SalespersonView> salespeople(Long teamId, SalespersonStatus status) {
        return salesForce.salespeople(teamId, status).stream().map(this::view).toList();
    }

    @Override
    public Page<SalespersonView> salespeople(Long teamId, SalespersonStatus status, PageRequest page) {
        return salesForce.salespeople(teamId, status, page).map(this::view);
    }

    @Override
    public SalespersonView salesperson(long id) {
        return view(salesForce.require(id));
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public SalespersonView add(SalespersonInput input) {
        Actor actor = currentActor.get();
        Salesperson person = rules(List.of(input)).check(List.of(input)).get(0);
        person.joined(EngineTime.today());
        salesForce.addAll(List.of(person));
        decisions.record(Decision.of(DecisionType.SALESPERSON_ADDED, "salesperson", person.id().toString())
                .outcome("added").reason(person.email() + " in " + person.team().name()));
        if (input.wantsAccount()) {
            openAccount(actor, person, null, input.language());
        }
        return view(person);
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public SalespersonView change(long id, Long seenRevision, SalespersonInput input) {
        Actor actor = currentActor.get();
        Salesperson person = salesForce.require(id);
        person.requireSeen(seenRevision);
        String before = person.email() + " in " + person.team().name() + ", " + person.status();
        rules(List.of(input)).checkChange(person, input);
        decisions.record(Decision.of(DecisionType.SALESPERSON_CHANGED, "salesperson", person.id().toString())
                .outcome("changed")
                .reason("was " + before + "; now " + person.email() + " in " + person.team().name() + ", "
                        + person.status()));
        pendingChanges.write();
        return view(person);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    public SalespersonView rehire(long id, String reason) {
        Actor actor = currentActor.get();
        String why = Validation.requiredReason(reason, "salesperson.rehire.reason");
        Salesperson person = salesForce.require(id);
        person.rehire(EngineTime.today());
        decisions.record(Decision.of(DecisionType.SALESPERSON_REHIRED, "salesperson", person.id().toString())
                .outcome("rehired").reason(why));
        askToAcknowledge(actor, person);
        pendingChanges.write();
        return view(person);
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public int importAll(List<SalespersonInput> rows, String sourceSha256) {
        Actor actor = currentActor.get();
        List<Salesperson> salespeople = rules(rows).check(rows);
        salespeople.forEach(person -> person.joined(EngineTime.today()));
        salesForce.addAll(salespeople);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).wantsAccount()) {
                openAccount(actor, salespeople.get(i), null, rows.get(i).language());
            }
        }
        decisions.record(Decision.of(DecisionType.SALESPEOPLE_IMPORTED, null, null)
                .outcome("imported " + salespeople.size())
                .evidence(sourceSha256 == null ? List.of() : List.of(sourceSha256)));
        return salespeople.size();
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public SalespersonView openAccount(long id, String username, String language) {
        Salesperson person = salesForce.require(id);
        openAccount(currentActor.get(), person, username, language);
        pendingChanges.write();
        return view(person);
    }

    /** The salesperson's account (salesperson role only), its set-password link mailed, all logged. */
    private void openAccount(Actor actor, Salesperson person, String username, String language) {
        person.requireNoAccount();
        String name = username == null || username.isBlank()
                ? person.email().substring(0, person.email().indexOf('@')).toLowerCase(java.util.Locale.ROOT) : username;
        UserAccount account = UserAccount.open(name, person.name(), person.email(),
                language == null || language.isBlank() ? "en" : language.toLowerCase(java.util.Locale.ROOT),
                Set.of(Role.SALESPERSON));
        accounts.open(actor, account); // stored first: the salesperson row refers to it
        person.signsInAs(account.username());
        askToAcknowledge(actor, person);
    }

    /** A joiner (now with an account, or back) acknowledges the charters in force, like everyone before them. */
    private void askToAcknowledge(Actor actor, Salesperson person) {
        engine.as(actor, processEngine -> {
            acknowledgements.askJoiner(processEngine.getRuntimeService(), person);
            return null;
        });
    }

    /** The rules, with only the stored addresses the rows name (not every salesperson's). */
    private SalesForceRules rules(List<SalespersonInput> rows) {
        return new SalesForceRules(salesForce.teamsByKey(), salesLeaderNames(), salesForce.withEmailKeys(
                rows.stream().map(SalespersonInput::email).filter(java.util.Objects::nonNull).map(Salesperson::key)
                        .collect(java.util.stream.Collectors.toSet())).keySet());
    }

    private Set<String> salesLeaderNames() {
        return new HashSet<>(salesLeaders().keySet());
    }

    private SalespersonView view(Salesperson person) {
        return SalespersonView.of(person, person.manager() == null ? null : users.displayName(person.manager()));
    }
}
