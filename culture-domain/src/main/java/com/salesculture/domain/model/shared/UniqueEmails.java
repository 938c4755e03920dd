package com.salesculture.domain.model.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rule of every list of people kept by address (salespeople, customer contacts): a plausible
 * address, unique regardless of case among the stored ones and the other rows of the same import.
 */
public final class UniqueEmails {

    public static final int MAX_LENGTH = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Set<String> storedKeys;
    private final String takenKey;
    private final Map<String, Integer> firstLineOfKey = new HashMap<>();

    /**
     * @param storedKeys {@link #key(String)} of every stored address
     * @param takenKey   the message when an address is stored already
     */
    public UniqueEmails(Set<String> storedKeys, String takenKey) {
        this.storedKeys = storedKeys;
        this.takenKey = takenKey;
    }

    /** Whether the text reads as one mail address. */
    public static boolean wellFormed(String email) {
        return email != null && email.length() <= MAX_LENGTH && EMAIL.matcher(email.strip()).matches();
    }

    /** How addresses are compared: trimmed, lower case. */
    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks the (stripped, present) address of a row; the first row of an address owns it. */
    public void check(ImportRow row, String field, String email) {
        String key = key(email);
        if (email.length() > MAX_LENGTH || !EMAIL.matcher(email).matches()) {
            row.error(field, "salesperson.email.invalid", email);
        } else if (storedKeys.contains(key)) {
            row.error(field, takenKey, email);
        } else if (firstLineOfKey.containsKey(key)) {
            row.error(field, "import.email.repeated", email, firstLineOfKey.get(key));
        } else {
            firstLineOfKey.put(key, row.line());
        }
    }
}
