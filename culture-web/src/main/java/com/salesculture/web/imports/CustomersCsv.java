package com.salesculture.web.imports;

import com.salesculture.domain.model.customer.CustomerInput;
import java.util.List;

/**
 * Customer contacts from a {@link CsvFile}: the first line names the columns
 * {@code organisation, name, email, salesperson} (the salesperson's email) and optionally
 * {@code language} (en, de) and {@code active} (true, false), in any order.
 */
public final class CustomersCsv {

    private static final CsvFile.Layout LAYOUT = new CsvFile.Layout(
            List.of("organisation", "name", "email", "salesperson"), "import.customers.header", "import.customers.noRows");

    private CustomersCsv() {
    }

    /** @throws com.salesculture.domain.model.shared.InvalidInputException naming the file's or the lines' problems */
    public static List<CustomerInput> read(byte[] bytes) {
        return CsvFile.read(bytes, LAYOUT).stream().map(row -> new CustomerInput(row.line(), row.get("organisation"),
                row.get("name"), row.get("email"), row.get("language"), row.get("salesperson"), row.get("active")))
                .toList();
    }
}
