package com.salesculture.web.view;

import com.salesculture.workflow.application.people.AccountService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Sets a password: with the single-use link's token (no account needed, the link is the proof), or
 * the signed-in person's own, given their current one. Afterwards they sign in with the new one.
 */
@Named("passwordPage")
// view scope: the link's token must still be known when the form comes back (its fields render only with it)
@ViewScoped
public class PasswordPage implements Serializable {

    @EJB
    private AccountService accounts;

    private String token;
    private String currentPassword;
    private String password;
    private String repeated;
    private boolean done;

    public void save() {
        if (password == null || !password.equals(repeated)) {
            FacesContext.getCurrentInstance().addMessage("pw:repeated", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, Texts.text("password.repeat.differs"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (token != null && !token.isBlank()) {
            accounts.setPassword(token, password);
        } else {
            accounts.changeOwnPassword(currentPassword, password);
        }
        done = true;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public boolean isDone() {
        return done;
    }
}
