package com.salesculture.domain.model.customer;

/**
 * Which contacts a list shows: of a salesperson and/or a team, whose organisation, name or email
 * contains {@code text}, whose organisation or salesperson's name contains the given parts (any null:
 * no filter), in which order.
 */
public record CustomerQuery(Long salespersonId, Long teamId, String text, String organisation,
                            String salespersonName, Sort sort, boolean descending) {

    public enum Sort { ORGANISATION, NAME, EMAIL, SALESPERSON }

    public static CustomerQuery all() {
        return new CustomerQuery(null, null, null, null, null, Sort.ORGANISATION, false);
    }

    public CustomerQuery {
        sort = sort == null ? Sort.ORGANISATION : sort;
    }
}
