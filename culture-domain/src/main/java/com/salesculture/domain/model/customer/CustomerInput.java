package com.salesculture.domain.model.customer;

/**
 * One customer contact as entered: a row of an import (line numbers from 2, after the header) or a
 * single entry (line 0). {@code salesperson} is the serving salesperson's email; {@code active}
 * is {@code true}/{@code false} (default true). Values are as typed; {@link CustomerRules} checks them.
 */
public record CustomerInput(int line, String organisation, String name, String email, String language,
                            String salesperson, String active) {
}
