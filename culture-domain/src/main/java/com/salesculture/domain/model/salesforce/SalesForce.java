package com.salesculture.domain.model.salesforce;

import com.salesculture.domain.model.shared.NotFoundException;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored teams and salespeople. */
public interface SalesForce {

    List<SalesTeam> teams();

    /** Every team by {@link SalesTeam#key(String)}. */
    Map<String, SalesTeam> teamsByKey();

    Optional<SalesTeam> team(long id);

    /** @throws com.salesculture.domain.model.shared.ConflictException if a team has that name */
    SalesTeam add(SalesTeam team);

    /** Salespeople by name, optionally of one team and/or one status. */
    List<Salesperson> salespeople(Long teamId, SalespersonStatus status);

    /** One page of them, by name, and how many there are. */
    Page<Salesperson> salespeople(Long teamId, SalespersonStatus status, PageRequest page);

    /** The salespeople with these {@link Salesperson#key(String)}s, by key. */
    Map<String, Salesperson> withEmailKeys(Collection<String> keys);

    Optional<Salesperson> salesperson(long id);

    default Salesperson require(long id) {
        return salesperson(id).orElseThrow(() -> new NotFoundException("salesperson.notFound", id));
    }

    /** The names of these salespeople, by id, in one read. */
    Map<Long, String> names(Collection<Long> ids);

    /** The salesperson who signs in with this account. */
    Optional<Salesperson> byUsername(String username);


    /** Stores checked salespeople, all in the caller's transaction. */
    void addAll(List<Salesperson> salespeople);

    /** Salespeople per team id. */
    Map<Long, Long> headcount();
}
