package com.salesculture.domain.model.salesforce;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.StaleVersionException;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A salesperson: name, email (one salesperson per address, regardless of case), team, manager,
 * status, and the account they sign in with, if they have one. Created from a checked
 * {@link SalespersonInput}.
 */
@Entity
@Table(name = "salesperson")
public class Salesperson {

    @Id
    @SequenceGenerator(name = "salesperson_seq", sequenceName = "salesperson_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "salesperson_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(name = "email_key", nullable = false)
    private String emailKey;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id")
    private SalesTeam team;

    private String manager;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SalespersonStatus status;

    private String username;

    /** Yearly target variable pay (payroll's figure), if known: the base of the values-linked amount. */
    @Column(name = "target_variable_pay", precision = 12, scale = 2)
    private BigDecimal targetVariablePay;

    /** The day they joined the sales force (or came back); none for those here before it was recorded. */
    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "exited_on")
    private LocalDate exitedOn;

    @Version
    private long version;

    protected Salesperson() {
        // for JPA
    }

    Salesperson(String name, String email, SalesTeam team, String manager, SalespersonStatus status,
                BigDecimal targetVariablePay) {
        this.targetVariablePay = targetVariablePay;
        this.name = Objects.requireNonNull(name);
        this.email = Objects.requireNonNull(email);
        this.emailKey = key(email);
        this.team = Objects.requireNonNull(team);
        this.manager = manager;
        this.status = Objects.requireNonNull(status);
    }

    /** Takes the checked details of another (see {@link SalesForceRules#checkChange}); the account and status stay. */
    void takeOver(Salesperson changed) {
        name = changed.name;
        email = changed.email;
        emailKey = changed.emailKey;
        team = changed.team;
        manager = changed.manager;
        if (changed.targetVariablePay != null) { // not named: unchanged
            targetVariablePay = changed.targetVariablePay;
        }
    }

    /** Added to the sales force on that day (prorates their first pay period). */
    public void joined(LocalDate day) {
        joinedOn = Objects.requireNonNull(day);
    }

    /** A recovery plan is open: the salesperson is "in recovery" until it succeeds. */
    public void enterRecovery() {
        if (status == SalespersonStatus.ACTIVE) {
            status = SalespersonStatus.IN_RECOVERY;
        }
    }

    /** The recovery plan succeeded. */
    public void recovered() {
        if (status == SalespersonStatus.IN_RECOVERY) {
            status = SalespersonStatus.ACTIVE;
        }
    }

    /** An exit case closed on that day: no longer surveyed or reviewed; the history stays. */
    public void exit(LocalDate day) {
        status = SalespersonStatus.EXITED;
        exitedOn = Objects.requireNonNull(day);
    }

    /**
     * HR brings an exited salesperson back (a rehire, logged with HR's reason): active again, surveyed
     * and reviewed from the next cycle on.
     *
     * @throws InvalidInputException (field {@code status}) unless the salesperson has exited
     */
    public void rehire(LocalDate day) {
        if (status != SalespersonStatus.EXITED) {
            throw new InvalidInputException("status", "salesperson.rehire.notExited");
        }
        status = SalespersonStatus.ACTIVE;
        joinedOn = Objects.requireNonNull(day);
        exitedOn = null;
    }

    /**
     * The account this salesperson signs in with.
     *
     * @throws ConflictException when they have one already, or have exited
     */
    public void signsInAs(String account) {
        requireNoAccount();
        username = Objects.requireNonNull(account);
    }

    /** Checked before an account is made for them (it must exist before they can name it). */
    public void requireNoAccount() {
        if (username != null) {
            throw new ConflictException("salesperson.account.exists", username);
        }
        if (status == SalespersonStatus.EXITED) {
            throw new ConflictException("salesperson.account.exited");
        }
    }

    /** How addresses are compared: trimmed, lower case. */
    public static String key(String email) {
        return com.salesculture.domain.model.shared.UniqueEmails.key(email);
    }

    /** Grows with every stored change: what an editor read is compared with it (ETag, the page's hidden field). */
    public long revision() {
        return version;
    }

    /**
     * Before an edit: the editor read revision {@code seen} (null: they did not say).
     *
     * @throws StaleVersionException when it changed since, naming who changed it
     */
    public void requireSeen(Long seen) {
        StaleVersionException.requireSeen(version, seen, null);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public SalesTeam team() {
        return team;
    }

    public String manager() {
        return manager;
    }

    public SalespersonStatus status() {
        return status;
    }

    public BigDecimal targetVariablePay() {
        return targetVariablePay;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate exitedOn() {
        return exitedOn;
    }

    public String username() {
        return username;
    }
}
