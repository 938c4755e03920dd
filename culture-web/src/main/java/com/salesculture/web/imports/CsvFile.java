package com.salesculture.web.imports;

import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file: CSV (RFC 4180, read by Apache Commons CSV: comma-separated, values with commas,
 * quotes or line breaks in double quotes), UTF-8 with or without a byte-order mark, the first line naming the columns in any
 * order. The file's own problems (not UTF-8, other delimiter, missing columns, ragged rows) are
 * reported here, with their line; the rules for each row are the domain's.
 */
public final class CsvFile {

    public static final String MEDIA_TYPE = "text/csv";

    /** The columns a kind of file must have, and the messages naming them and an empty file. */
    public record Layout(List<String> required, String headerKey, String noRowsKey) {
    }

    /** One row: its line and its values by (lower-case) column name; absent columns read as null. */
    public record Row(int line, Map<String, String> values) {

        public String get(String column) {
            return values.get(column);
        }
    }

    private CsvFile() {
    }

    /** @throws InvalidInputException naming what is wrong with the file, or with which lines */
    public static List<Row> read(byte[] bytes, Layout layout) {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new InvalidInputException(null, "import.empty");
        }
        List<Record> records = records(text);
        Record header = records.get(0);
        if (header.values().size() == 1) {
            for (String delimiter : List.of(";", "\t", "|")) {
                if (header.values().get(0).contains(delimiter)) {
                    throw new InvalidInputException(null, "import.delimiter", delimiter.equals("\t") ? "Tab" : delimiter);
                }
            }
        }
        Map<String, Integer> columns = new TreeMap<>();
        for (int i = 0; i < header.values().size(); i++) {
            columns.put(header.values().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = layout.required().stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(null, layout.headerKey(), String.join(", ", missing));
        }
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue; // an empty line, such as the one after the last row
            }
            if (record.values().size() != header.values().size()) {
                errors.add(FieldError.of("rows[" + record.line() + "]", "import.columns", record.line(),
                        record.values().size(), header.values().size()));
                continue;
            }
            Map<String, String> values = new TreeMap<>();
            columns.forEach((column, index) -> values.put(column, record.values().get(index).strip()));
            rows.add(new Row(record.line(), values));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(null, layout.noRowsKey());
        }
        return rows;
    }

    /** The SHA-256 of the file, for the decision log. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(null, "import.notUtf8");
        }
    }

    /** The file's records as RFC 4180 reads them, each with the line it starts on. */
    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1; // the lines read so far ended the last record
                try {
                    if (!iterator.hasNext()) {
                        return records;
                    }
                    records.add(new Record(line, iterator.next().toList()));
                } catch (UncheckedIOException e) { // the end of the file inside a quoted value
                    throw new InvalidInputException(List.of(FieldError.of("rows[" + line + "]", "import.quote", line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV record and the line it starts on. */
    private record Record(int line, List<String> values) {

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }

    }
}
