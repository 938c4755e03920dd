package com.salesculture.workflow.application;

import com.salesculture.domain.model.customer.CustomerInput;
import java.util.List;

/**
 * Customer contacts: read by the leadership, HR and auditors; maintained by sales leaders, HR and
 * admins, one at a time or imported all or nothing.
 */
public interface CustomerService {

    /** Contacts of a salesperson and/or a team, or all, by organisation and name. */
    List<CustomerView> customers(Long salespersonId, Long teamId);

    CustomerView add(CustomerInput input);

    /**
     * Adds every row or none, each checked on its own, against the others and the stored contacts.
     *
     * @return how many were added
     */
    int importAll(List<CustomerInput> rows, String sourceSha256);
}
