package com.salesculture.web.rest;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.salesculture.workflow.application.audit.AuditViews;
import com.salesculture.workflow.application.pay.PayViews;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A table as a file to keep: CSV (RFC 4180) or a PDF table, with the same columns either way (what the
 * auditor's workspace shows; what payroll receives).
 */
final class TableExport<T> {

    /** A decision-log search. */
    static final TableExport<AuditViews.Entry> DECISIONS = new TableExport<>("decisions", List.of(
            new Column<>("seq", e -> Long.toString(e.seq()), 1),
            new Column<>("recorded_at", e -> e.recordedAt().toString(), 3),
            new Column<>("actor", AuditViews.Entry::actor, 2),
            new Column<>("roles", e -> String.join(" ", e.actorRoles()), 2),
            new Column<>("decision", AuditViews.Entry::decision, 3, true),
            new Column<>("subject", e -> e.subjectType() == null ? "" : e.subjectType() + " " + e.subjectId(), 2),
            new Column<>("outcome", AuditViews.Entry::outcome, 2),
            new Column<>("reason", AuditViews.Entry::reason, 4),
            new Column<>("evidence_sha256", e -> String.join(" ", e.evidenceHashes()), 2),
            new Column<>("process_instance", AuditViews.Entry::processInstanceId, 2),
            new Column<>("entry_hash", AuditViews.Entry::entryHash, 3)));

    /** A subject's timeline. */
    static final TableExport<AuditViews.Event> TIMELINE = new TableExport<>("timeline", List.of(
            new Column<>("at", e -> e.at().toString(), 3),
            new Column<>("source", AuditViews.Event::source, 1.5f),
            new Column<>("actor", AuditViews.Event::actor, 1.5f),
            new Column<>("what", AuditViews.Event::what, 5, true),
            new Column<>("detail", AuditViews.Event::detail, 8),
            new Column<>("process_instance", AuditViews.Event::processInstanceId, 3)));

    /** An approved pay period's statements in force, for payroll. */
    static final TableExport<PayViews.Statement> PAYROLL = new TableExport<>("payroll", List.of(
            new Column<>("statement", s -> Long.toString(s.id()), 1),
            new Column<>("salesperson_id", s -> Long.toString(s.salespersonId()), 1),
            new Column<>("salesperson", PayViews.Statement::salesperson, 3),
            new Column<>("period_start", s -> s.periodStart().toString(), 2),
            new Column<>("period_end", s -> s.periodLastDay().toString(), 2),
            new Column<>("values_share_pct", s -> s.valuesShare().toPlainString(), 1.5f),
            new Column<>("attainment", s -> s.attainment().toPlainString(), 1.5f),
            new Column<>("share_of_target_pct", s -> s.shareOfTarget().toPlainString(), 1.5f),
            new Column<>("target_variable_pay", s -> plain(s.targetVariablePay()), 2),
            new Column<>("amount", s -> plain(s.amount()), 2),
            new Column<>("corrects", s -> s.correctsId() == null ? "" : s.correctsId().toString(), 1),
            new Column<>("approved_by", PayViews.Statement::approvedBy, 2)));

    private static String plain(java.math.BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    /** A column; a {@code worded} one holds codes (decision types) that a PDF, being read by people, shows as words. */
    private record Column<T>(String name, Function<T, String> value, float width, boolean worded) {

        Column(String name, Function<T, String> value, float width) {
            this(name, value, width, false);
        }

        String of(T row) {
            String text = value.apply(row);
            return text == null ? "" : text;
        }

        String shown(T row, Locale locale) {
            String code = of(row);
            if (!worded || code.isEmpty()) {
                return code;
            }
            ResourceBundle words = ResourceBundle.getBundle("com.salesculture.web.messages", locale);
            return words.containsKey("decision." + code) ? words.getString("decision." + code) : code;
        }
    }

    private final String fileName;
    private final List<Column<T>> columns;

    private TableExport(String fileName, List<Column<T>> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    Response csv(List<T> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", columns.stream().map(Column::name).toList())).append("\r\n");
        for (T row : rows) {
            csv.append(String.join(",", columns.stream().map(column -> quoted(column.of(row))).toList())).append("\r\n");
        }
        return file(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", fileName + ".csv");
    }

    /**
     * A PDF headed by {@code title}, saying how many of {@code total} rows it holds, with codes worded in the
     * reader's language (a CSV keeps the codes: it is read by programs).
     */
    Response pdf(List<T> rows, long total, String title, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(title);
            document.open();
            BaseFont regular = font("LiberationSans-Regular");
            BaseFont bold = font("LiberationSans-Bold");
            document.add(new Paragraph(title, new Font(bold, 12)));
            Paragraph counted = new Paragraph(rows.size() + " of " + total + " rows, exported " + Instant.now(),
                    new Font(regular, 8));
            counted.setSpacingAfter(6);
            document.add(counted);
            PdfPTable table = new PdfPTable(columns.size());
            table.setWidthPercentage(100);
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).width();
            }
            table.setWidths(widths);
            table.setHeaderRows(1);
            Font header = new Font(bold, 6);
            Font cell = new Font(regular, 6);
            columns.forEach(column -> table.addCell(new Phrase(column.name(), header)));
            for (T row : rows) {
                columns.forEach(column -> table.addCell(new Phrase(column.shown(row, locale), cell)));
            }
            document.add(table);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
        return file(bytes.toByteArray(), "application/pdf", fileName + ".pdf");
    }

    /** A font of openpdf-fonts-extra, embedded (the glyphs used) so that every character shows as written. */
    private static BaseFont font(String name) throws IOException {
        return BaseFont.createFont("liberation/" + name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    static String quoted(String value) {
        return "\"" + asText(value).replace("\"", "\"\"") + "\"";
    }

    /**
     * A cell a spreadsheet would take for a formula (it begins with = + - @, a tab or a carriage return,
     * whatever follows, line breaks included) is prefixed with an apostrophe, so it stays text.
     */
    static String asText(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static Response file(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
