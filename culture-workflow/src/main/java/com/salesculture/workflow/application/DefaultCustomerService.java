package com.salesculture.workflow.application;

import com.salesculture.domain.model.customer.CustomerContact;
import com.salesculture.domain.model.customer.CustomerContacts;
import com.salesculture.domain.model.customer.CustomerInput;
import com.salesculture.domain.model.customer.CustomerRules;
import com.salesculture.domain.model.decision.Decision;
import com.salesculture.domain.model.decision.DecisionLog;
import com.salesculture.domain.model.decision.DecisionType;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.salesforce.SalesForce;
import com.salesculture.domain.model.shared.UniqueEmails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
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
    private DecisionLog decisions;

    @Override
    public List<CustomerView> customers(Long salespersonId, Long teamId) {
        return contacts.list(salespersonId, teamId).stream().map(CustomerView::of).toList();
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public CustomerView add(CustomerInput input) {
        Actor actor = currentActor.get();
        CustomerContact contact = rules().check(List.of(input)).get(0);
        contacts.addAll(List.of(contact));
        decisions.record(new Decision(actor.username(), actor.groupList(), DecisionType.CUSTOMER_ADDED, "customer",
                contact.id().toString(), "added", contact.email() + ", served by " + contact.salesperson().email(),
                List.of(), null, null));
        return CustomerView.of(contact);
    }

    @Override
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.ADMIN})
    public int importAll(List<CustomerInput> rows, String sourceSha256) {
        Actor actor = currentActor.get();
        List<CustomerContact> checked = rules().check(rows);
        contacts.addAll(checked);
        decisions.record(new Decision(actor.username(), actor.groupList(), DecisionType.CUSTOMERS_IMPORTED, null, null,
                "imported " + checked.size(), null, sourceSha256 == null ? List.of() : List.of(sourceSha256), null, null));
        return checked.size();
    }

    private CustomerRules rules() {
        return new CustomerRules(salesForce.salespeople(null, null).stream()
                .collect(Collectors.toMap(p -> UniqueEmails.key(p.email()), Function.identity())), contacts.emailKeys());
    }
}
