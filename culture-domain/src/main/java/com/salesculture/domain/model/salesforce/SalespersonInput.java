package com.salesculture.domain.model.salesforce;

/**
 * One salesperson as entered: a row of an import (line numbers from 2, after the header) or a
 * single entry (line 0). Values are as typed; {@link SalesForceRules} checks them.
 */
public record SalespersonInput(int line, String name, String email, String team, String manager, String status) {

    public static SalespersonInput single(String name, String email, String team, String manager, String status) {
        return new SalespersonInput(0, name, email, team, manager, status);
    }
}
