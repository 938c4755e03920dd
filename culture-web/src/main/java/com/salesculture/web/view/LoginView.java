package com.salesculture.web.view;

import com.salesculture.web.security.SingleSignOn;
import com.salesculture.workflow.application.people.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** What the sign-in page offers besides the form: single sign-on, and a warning about demo passwords. */
@Named
@RequestScoped
public class LoginView {

    @EJB
    private AccountService accounts;

    @Inject
    private SingleSignOn singleSignOn;

    private List<String> demoAccounts;

    public boolean isSingleSignOn() {
        return singleSignOn.enabled();
    }

    /** Enabled accounts that anyone who read the README can sign in to. */
    public List<String> getDemoAccounts() {
        if (demoAccounts == null) {
            demoAccounts = accounts.withDemoPassword();
        }
        return demoAccounts;
    }
}
