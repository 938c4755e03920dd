package com.salesculture.workflow.application.people;

import com.salesculture.domain.model.salesforce.SalespersonInput;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.util.List;

/**
 * Teams and salespeople: read by the leadership, HR, finance and auditors; maintained by sales
 * leaders, HR and admins, one at a time or by an all-or-nothing import.
 */
public interface SalesForceService {

    List<SalesTeamView> teams();

    /** Who may lead a team or manage salespeople: the sales leaders, username to name. */
    java.util.Map<String, String> salesLeaders();

    /** A new team led by a sales leader; names are unique regardless of case (409). */
    SalesTeamView formTeam(String name, String leader);

    /** Salespeople by name, optionally of one team and/or one status. */
    List<SalespersonView> salespeople(Long teamId, SalespersonStatus status);

    /** One page of them, by name, and how many there are. */
    Page<SalespersonView> salespeople(Long teamId, SalespersonStatus status, PageRequest page);

    SalespersonView salesperson(long id);

    /**
     * Changes a salesperson's name, email, team or manager (checked like an entry). The status is not
     * changed here: it follows exit cases and recovery plans, and {@link #rehire}.
     */
    SalespersonView change(long id, Long seenRevision, SalespersonInput input);

    /** HR brings an exited salesperson back, with a reason that goes into the decision log. */
    SalespersonView rehire(long id, String reason);

    /**
     * Gives a salesperson an account with the salesperson role (username: given, or their address's
     * local part); a link to set its password goes to their address in the language given (en, de).
     */
    SalespersonView openAccount(long id, String username, String language);

    /** Adds one salesperson (checked like an import row). */
    SalespersonView add(SalespersonInput input);

    /**
     * Adds every row or none: the rows are checked on their own, against each other and against the
     * stored salespeople; the import goes into the decision log with the source's SHA-256.
     *
     * @return how many were added
     */
    int importAll(List<SalespersonInput> rows, String sourceSha256);
}
