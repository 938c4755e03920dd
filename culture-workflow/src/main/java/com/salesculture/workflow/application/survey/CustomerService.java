package com.salesculture.workflow.application.survey;

import com.salesculture.domain.model.customer.CustomerInput;
import com.salesculture.domain.model.customer.CustomerQuery;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import java.util.List;

/**
 * Customer contacts: read by the leadership, HR and auditors; maintained by sales leaders, HR and
 * admins, one at a time or imported all or nothing.
 */
public interface CustomerService {

    /** One page of the contacts the query selects, and how many it selects. */
    Page<CustomerView> customers(CustomerQuery query, PageRequest page);

    CustomerView add(CustomerInput input);

    /**
     * Adds every row or none, each checked on its own, against the others and the stored contacts.
     *
     * @return how many were added
     */
    int importAll(List<CustomerInput> rows, String sourceSha256);
}
