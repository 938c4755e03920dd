package com.salesculture.domain.model.customer;

import java.util.List;
import java.util.Set;

/** The customer contacts. */
public interface CustomerContacts {

    /** Contacts of a salesperson, or of a team, or all (both null), by organisation and name. */
    List<CustomerContact> list(Long salespersonId, Long teamId);

    /** These contacts, whoever serves them now. */
    List<CustomerContact> withIds(java.util.Collection<Long> ids);

    /** {@link com.salesculture.domain.model.shared.UniqueEmails#key(String)} of every stored contact. */
    Set<String> emailKeys();

    void addAll(List<CustomerContact> contacts);
}
