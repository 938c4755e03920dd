package com.salesculture.domain.model.salesforce;

import com.salesculture.domain.model.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A sales team and the sales leader who leads it; names are unique regardless of case. */
@Entity
@Table(name = "sales_team")
public class SalesTeam {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "sales_team_seq", sequenceName = "sales_team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_team_seq")
    private Long id;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = MAX_NAME_LENGTH)
    private String nameKey;

    @Column(nullable = false)
    private String leader;

    @Version
    private long version;

    protected SalesTeam() {
        // for JPA
    }

    /**
     * A team with a name and its leader (a sales leader; the caller checks the account).
     *
     * @throws com.salesculture.domain.model.shared.InvalidInputException naming each broken rule
     */
    public static SalesTeam form(String name, String leader) {
        new Validation()
                .require(name != null && !name.isBlank(), "name", "team.name.required")
                .require(name == null || name.strip().length() <= MAX_NAME_LENGTH, "name", "team.name.tooLong",
                        MAX_NAME_LENGTH)
                .require(leader != null && !leader.isBlank(), "leader", "team.leader.required")
                .throwIfInvalid();
        SalesTeam team = new SalesTeam();
        team.name = name.strip();
        team.nameKey = key(name);
        team.leader = leader.strip();
        return team;
    }

    /** How names are compared: trimmed, lower case. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String leader() {
        return leader;
    }
}
