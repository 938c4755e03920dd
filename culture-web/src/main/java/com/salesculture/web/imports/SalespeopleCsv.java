package com.salesculture.web.imports;

import com.salesculture.domain.model.salesforce.SalespersonInput;
import java.util.List;

/**
 * Salespeople from a {@link CsvFile}: the first line names the columns {@code name, email, team} and
 * optionally {@code manager, status, account} ({@code yes}: an account, its set-password link mailed)
 * and {@code language} (of that mail: en or de), in any order.
 */
public final class SalespeopleCsv {

    public static final String MEDIA_TYPE = CsvFile.MEDIA_TYPE;
    private static final CsvFile.Layout LAYOUT = new CsvFile.Layout(List.of("name", "email", "team"),
            "import.header", "import.noRows");

    private SalespeopleCsv() {
    }

    /** @throws com.salesculture.domain.model.shared.InvalidInputException naming the file's or the lines' problems */
    public static List<SalespersonInput> read(byte[] bytes) {
        return CsvFile.read(bytes, LAYOUT).stream().map(row -> new SalespersonInput(row.line(), row.get("name"),
                row.get("email"), row.get("team"), row.get("manager"), row.get("status"), row.get("account"),
                row.get("language"), row.get("targetVariablePay"))).toList();
    }

    public static String sha256(byte[] bytes) {
        return CsvFile.sha256(bytes);
    }
}
