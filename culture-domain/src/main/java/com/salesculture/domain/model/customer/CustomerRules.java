package com.salesculture.domain.model.customer;

import static com.salesculture.domain.model.shared.Validation.stripped;

import com.salesculture.domain.model.salesforce.Salesperson;
import com.salesculture.domain.model.salesforce.SalespersonStatus;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.ImportRow;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.UniqueEmails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks customer contacts before any is stored, with the same all-or-nothing row rules as the
 * salespeople import: organisation, name, a unique email, language (en, de), the serving salesperson
 * (by email; not exited) and whether the contact is active.
 */
public final class CustomerRules {

    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_ROWS = 50_000;

    private final Map<String, Salesperson> salespeopleByEmailKey;
    private final Set<String> storedEmailKeys;

    /**
     * @param salespeopleByEmailKey every salesperson, by {@link UniqueEmails#key(String)} of their email
     * @param storedEmailKeys       {@link UniqueEmails#key(String)} of every stored contact
     */
    public CustomerRules(Map<String, Salesperson> salespeopleByEmailKey, Set<String> storedEmailKeys) {
        this.salespeopleByEmailKey = salespeopleByEmailKey;
        this.storedEmailKeys = storedEmailKeys;
    }

    /** @throws InvalidInputException with every broken rule of every row; nothing is stored */
    public List<CustomerContact> check(List<CustomerInput> inputs) {
        if (inputs.size() > MAX_ROWS) {
            throw new InvalidInputException(null, "import.tooMany", MAX_ROWS);
        }
        List<FieldError> errors = new ArrayList<>();
        List<CustomerContact> contacts = new ArrayList<>();
        UniqueEmails emails = new UniqueEmails(storedEmailKeys, "customer.email.taken");
        for (CustomerInput input : inputs) {
            int before = errors.size();
            ImportRow row = new ImportRow(input.line(), errors);
            String organisation = text(row, "organisation", input.organisation());
            String name = text(row, "name", input.name());
            String email = row.required("email", input.email(), "salesperson.email.required");
            if (email != null) {
                emails.check(row, "email", email);
            }
            String languageText = stripped(input.language());
            CustomerLanguage language = languageText == null ? CustomerLanguage.EN
                    : CustomerLanguage.parse(languageText).orElse(null);
            if (language == null) {
                row.error("language", "customer.language.invalid", languageText);
            }
            String salespersonEmail = row.required("salesperson", input.salesperson(), "customer.salesperson.required");
            Salesperson salesperson = salespersonEmail == null ? null
                    : salespeopleByEmailKey.get(UniqueEmails.key(salespersonEmail));
            if (salespersonEmail != null && salesperson == null) {
                row.error("salesperson", "customer.salesperson.unknown", salespersonEmail);
            } else if (salesperson != null && salesperson.status() == SalespersonStatus.EXITED) {
                row.error("salesperson", "customer.salesperson.exited", salesperson.name());
            }
            String activeText = stripped(input.active());
            Boolean active = activeText == null ? Boolean.TRUE : switch (activeText.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> null;
            };
            if (active == null) {
                row.error("active", "customer.active.invalid", activeText);
            }
            if (errors.size() == before) {
                contacts.add(new CustomerContact(organisation, name, email, language, salesperson, active));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return contacts;
    }

    private static String text(ImportRow row, String field, String value) {
        String text = row.required(field, value, "customer." + field + ".required");
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            row.error(field, "customer.text.tooLong", MAX_TEXT_LENGTH);
        }
        return text;
    }
}
