package com.salesculture.domain.model.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A person who signs in. Read here for names and addresses; the password hash and the
 * groups are read only by the server's identity store.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String language;

    protected UserAccount() {
        // for JPA
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** The language of their mails. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String email() {
        return email;
    }
}
