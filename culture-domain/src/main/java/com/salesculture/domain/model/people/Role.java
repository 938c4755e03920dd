package com.salesculture.domain.model.people;

import java.util.Arrays;
import java.util.Optional;

/** The groups of the product (DESIGN §2); a user's groups are their roles. */
public enum Role {
    EXECUTIVE(Names.EXECUTIVE),
    SALES_LEADER(Names.SALES_LEADER),
    HR(Names.HR),
    FINANCE(Names.FINANCE),
    AUDITOR(Names.AUDITOR),
    SALESPERSON(Names.SALESPERSON),
    ADMIN(Names.ADMIN);

    /** The group names as compile-time constants, for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String EXECUTIVE = "executive";
        public static final String SALES_LEADER = "sales-leader";
        public static final String HR = "hr";
        public static final String FINANCE = "finance";
        public static final String AUDITOR = "auditor";
        public static final String SALESPERSON = "salesperson";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }

    public static Optional<Role> ofGroup(String groupName) {
        return Arrays.stream(values()).filter(r -> r.groupName.equals(groupName)).findFirst();
    }
}
