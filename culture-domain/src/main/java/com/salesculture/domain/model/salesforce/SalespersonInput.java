package com.salesculture.domain.model.salesforce;

/**
 * One salesperson as entered: a row of an import (line numbers from 2, after the header) or a
 * single entry (line 0). Values are as typed; {@link SalesForceRules} checks them.
 *
 * @param account           {@code yes} gives the salesperson an account (a set-password link goes to their
 *                          address, in {@code language}: en or de); empty or {@code no}: none
 * @param targetVariablePay yearly target variable pay as typed (a plain number, up to two decimals); empty: not known
 */
public record SalespersonInput(int line, String name, String email, String team, String manager, String status,
                               String account, String language, String targetVariablePay) {

    public SalespersonInput(int line, String name, String email, String team, String manager, String status) {
        this(line, name, email, team, manager, status, null, null, null);
    }

    public SalespersonInput(int line, String name, String email, String team, String manager, String status,
                            String account, String language) {
        this(line, name, email, team, manager, status, account, language, null);
    }

    public static SalespersonInput single(String name, String email, String team, String manager, String status) {
        return new SalespersonInput(0, name, email, team, manager, status);
    }

    /** Whether the entry asks for an account (checked by {@link SalesForceRules}). */
    public boolean wantsAccount() {
        return account != null && account.strip().matches("(?i)yes|true|ja");
    }
}
