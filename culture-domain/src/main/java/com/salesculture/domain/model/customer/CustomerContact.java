package com.salesculture.domain.model.customer;

import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.shared.UniqueEmails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person at a customer organisation whom one salesperson serves, and who is asked to rate them. */
@Entity
@Table(name = "customer_contact")
public class CustomerContact {

    @Id
    @SequenceGenerator(name = "customer_contact_seq", sequenceName = "customer_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_contact_seq")
    private Long id;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(name = "email_key", nullable = false)
    private String emailKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerLanguage language;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "salesperson_id")
    private Salesperson salesperson;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected CustomerContact() {
        // for JPA
    }

    CustomerContact(String organisation, String name, String email, CustomerLanguage language,
                    Salesperson salesperson, boolean active) {
        this.organisation = organisation;
        this.name = name;
        this.email = email;
        this.emailKey = UniqueEmails.key(email);
        this.language = language;
        this.salesperson = salesperson;
        this.active = active;
    }

    /** The contact is now served by another salesperson (a hand-over); their history stays. */
    public void servedBy(Salesperson other) {
        this.salesperson = other;
    }

    public Long id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public CustomerLanguage language() {
        return language;
    }

    public Salesperson salesperson() {
        return salesperson;
    }

    public boolean active() {
        return active;
    }
}
