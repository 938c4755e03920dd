package com.salesculture.domain.model.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One of a programme's three values: a name, a statement, and 2 to 5 behaviours a customer could rate. */
@Entity
@Table(name = "culture_value")
public class CultureValue {

    @Id
    @SequenceGenerator(name = "culture_value_seq", sequenceName = "culture_value_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "culture_value_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String statement;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "value_behaviour", joinColumns = @JoinColumn(name = "value_id"))
    @OrderColumn(name = "position")
    @Column(name = "behaviour")
    private List<String> behaviours = new ArrayList<>();

    protected CultureValue() {
        // for JPA
    }

    CultureValue(String name, String statement, List<String> behaviours) {
        this.name = name;
        this.statement = statement;
        this.behaviours = new ArrayList<>(behaviours);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String statement() {
        return statement;
    }

    public List<String> behaviours() {
        return List.copyOf(behaviours);
    }
}
