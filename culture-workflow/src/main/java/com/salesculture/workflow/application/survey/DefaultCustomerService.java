package com.salesculture.workflow.application.survey;

import com.salesculture.domain.model.customer.CustomerContact;
import com.salesculture.domain.model.customer.CustomerContacts;
import com.salesculture.domain.model.customer.CustomerInput;
import com.salesculture.domain.model.customer.CustomerQuery;
import com.salesculture.domain.model.customer.CustomerRules;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.shared.Page;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.domain.model.shared.UniqueEmails;
import com.salesculture.workflow.application.Actor;
import com.salesculture.workflow.application.CurrentActor;
import com.salesculture.workflow.application.DecisionRecorder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
@Local(CustomerService.class)
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.AUDITOR, Role.Names.ADMIN})
public class DefaultCustomerService implements CustomerService {

    @Inject
    private CustomerContacts contacts;

    @Inject
    private SalesForce salesForce;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private DecisionRecorder decisions;

    @Override
    public Page<CustomerView> customers(CustomerQuery query, PageRequest page) {
        return contacts.search(query, page).map(CustomerView::of);
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public CustomerView add(CustomerInput input) {
        Actor actor = currentActor.get();
        CustomerContact contact = rules(List.of(input)).check(List.of(input)).get(0);
        contacts.addAll(List.of(contact));
        decisions.record(Decision.of(DecisionType.CUSTOMER_ADDED, "customer", contact.id().toString()).outcome("added")
                .reason(contact.email() + ", served by " + contact.salesperson().email()));
        return CustomerView.of(contact);
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public int importAll(List<CustomerInput> rows, String sourceSha256) {
        Actor actor = currentActor.get();
        List<CustomerContact> checked = rules(rows).check(rows);
        contacts.addAll(checked);
        decisions.record(Decision.of(DecisionType.CUSTOMERS_IMPORTED, null, null).outcome("imported " + checked.size())
                .evidence(sourceSha256 == null ? List.of() : List.of(sourceSha256)));
        return checked.size();
    }

    /** The rules, with only the stored salespeople and addresses the rows name (not every row stored). */
    private CustomerRules rules(List<CustomerInput> rows) {
        return new CustomerRules(salesForce.withEmailKeys(keys(rows, CustomerInput::salesperson)),
                contacts.storedEmailKeys(keys(rows, CustomerInput::email)));
    }

    private static Set<String> keys(List<CustomerInput> rows, Function<CustomerInput, String> email) {
        return rows.stream().map(email).filter(java.util.Objects::nonNull).map(UniqueEmails::key)
                .collect(Collectors.toSet());
    }
}
