package com.salesculture.web.view;

import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.people.UserAccount;
import com.salesculture.workflow.application.people.AccountService;
import com.salesculture.workflow.application.people.AccountView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Accounts for admins: open one (a set-password link goes by mail), change an account's roles,
 * disable or enable it with a reason, send a new set-password link.
 */
@Named("accountsPage")
@ViewScoped
public class AccountsPage implements Serializable {

    @EJB
    private AccountService accounts;

    private List<AccountView> all = List.of();
    private AccountView selected;
    private List<String> selectedRoles = new ArrayList<>();
    private String reason;

    private String username;
    private String name;
    private String email;
    private String language = "en";
    private List<String> roles = new ArrayList<>();

    public void load() {
        all = accounts.accounts();
        if (selected != null) {
            select(selected.username());
        }
    }

    public void select(String account) {
        selected = accounts.account(account);
        selectedRoles = new ArrayList<>(selected.roles());
        reason = null;
    }

    public void open() {
        AccountView opened = accounts.open(username, name, email, language, roles);
        FacesMessages.info(Texts.text("accounts.opened", opened.username(), opened.email()));
        username = name = email = null;
        roles = new ArrayList<>();
        load();
    }

    public void saveRoles() {
        act(() -> accounts.assignRoles(selected.username(), selected.revision(), UserAccount.rolesOf(selectedRoles)),
                "accounts.rolesSaved");
    }

    public void disable() {
        act(() -> accounts.disable(selected.username(), reason), "accounts.disabled");
    }

    public void enable() {
        act(() -> accounts.enable(selected.username(), reason), "accounts.enabled");
    }

    public void sendLink() {
        act(() -> {
            accounts.sendPasswordLink(selected.username());
            return selected;
        }, "accounts.linkSent");
    }

    private void act(java.util.function.Supplier<AccountView> change, String doneKey) {
        try {
            AccountView changed = change.get();
            FacesMessages.info(Texts.text(doneKey, changed.name()));
        } finally {
            load(); // the account as it is now, also after a refusal
        }
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::groupName).toList();
    }

    public List<AccountView> getAll() {
        return all;
    }

    public AccountView getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
