package com.salesculture.domain.model.customer;

import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The customer contacts. */
public interface CustomerContacts {

    /** One page of the contacts the query selects, in its order, and how many it selects. */
    Page<CustomerContact> search(CustomerQuery query, PageRequest page);

    /** Every contact a salesperson serves (one person's book: a checklist, a handover). */
    List<CustomerContact> servedBy(long salespersonId);

    /** These contacts, whoever serves them now. */
    List<CustomerContact> withIds(java.util.Collection<Long> ids);

    /** Of these {@link com.salesculture.domain.model.shared.UniqueEmails#key(String)}s, those a stored contact has. */
    Set<String> storedEmailKeys(Collection<String> keys);

    void addAll(List<CustomerContact> contacts);
}
