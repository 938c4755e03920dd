package com.salesculture.workflow.application.people;

import java.io.Serializable;
import com.salesculture.domain.model.salesforce.Salesperson;

/** A salesperson as pages and the API show them. */
public record SalespersonView(long id, String name, String email, long teamId, String team, String manager,
                              String managerName, String status, String username, long revision) implements Serializable {

    static SalespersonView of(Salesperson person, String managerName) {
        return new SalespersonView(person.id(), person.name(), person.email(), person.team().id(),
                person.team().name(), person.manager(), managerName, person.status().name(), person.username(),
                person.revision());
    }
}
