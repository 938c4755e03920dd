package com.salesculture.web.imports;

import com.salesculture.workflow.application.programme.ResultViews;
import java.util.List;

/**
 * A CRM export of deliverable figures from a {@link CsvFile}: the columns {@code deliverable} (its number
 * in the intent, or its metric), {@code date} (yyyy-mm-dd) and {@code value}, optionally {@code team}
 * (blank: the whole deliverable) and {@code source}, in any order.
 */
public final class ActualsCsv {

    private static final CsvFile.Layout LAYOUT = new CsvFile.Layout(List.of("deliverable", "date", "value"),
            "import.header", "import.noRows");

    private ActualsCsv() {
    }

    /** @throws com.salesculture.domain.model.shared.InvalidInputException naming the file's or the lines' problems */
    public static List<ResultViews.ActualRow> read(byte[] bytes) {
        return CsvFile.read(bytes, LAYOUT).stream().map(row -> new ResultViews.ActualRow(row.line(),
                row.get("deliverable"), row.get("team"), row.get("date"), row.get("value"), row.get("source"))).toList();
    }
}
