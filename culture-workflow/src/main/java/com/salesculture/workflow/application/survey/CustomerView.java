package com.salesculture.workflow.application.survey;

import java.io.Serializable;
import com.salesculture.domain.model.customer.CustomerContact;

/** A customer contact as pages and the API show them. */
public record CustomerView(long id, String organisation, String name, String email, String language,
                           long salespersonId, String salesperson, String team, boolean active) implements Serializable {

    static CustomerView of(CustomerContact contact) {
        return new CustomerView(contact.id(), contact.organisation(), contact.name(), contact.email(),
                contact.language().code(), contact.salesperson().id(), contact.salesperson().name(),
                contact.salesperson().team().name(), contact.active());
    }
}
