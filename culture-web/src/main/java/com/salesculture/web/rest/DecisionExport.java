package com.salesculture.web.rest;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.salesculture.workflow.application.AuditViews;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A search of the decision log as a file an auditor keeps: CSV (RFC 4180) or a PDF table. */
final class DecisionExport {

    private static final List<Column> COLUMNS = List.of(
            new Column("seq", e -> Long.toString(e.seq()), 1),
            new Column("recorded_at", e -> e.recordedAt().toString(), 3),
            new Column("actor", AuditViews.Entry::actor, 2),
            new Column("roles", e -> String.join(" ", e.actorRoles()), 2),
            new Column("decision", AuditViews.Entry::decision, 3),
            new Column("subject", e -> e.subjectType() == null ? "" : e.subjectType() + " " + e.subjectId(), 2),
            new Column("outcome", AuditViews.Entry::outcome, 2),
            new Column("reason", AuditViews.Entry::reason, 4),
            new Column("evidence_sha256", e -> String.join(" ", e.evidenceHashes()), 2),
            new Column("process_instance", AuditViews.Entry::processInstanceId, 2),
            new Column("entry_hash", AuditViews.Entry::entryHash, 3));

    private record Column(String name, Function<AuditViews.Entry, String> value, float width) {
    }

    private DecisionExport() {
    }

    static Response csv(AuditViews.Page page) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", COLUMNS.stream().map(Column::name).toList())).append("\r\n");
        for (AuditViews.Entry entry : page.entries()) {
            csv.append(String.join(",", COLUMNS.stream().map(column -> quoted(column.value().apply(entry))).toList()))
                    .append("\r\n");
        }
        return file(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", "decisions.csv");
    }

    static Response pdf(AuditViews.Page page, String criteria) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle("Decision log");
            document.open();
            document.add(new Paragraph("Decision log: " + criteria, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
            document.add(new Paragraph(page.entries().size() + " of " + page.total() + " entries, exported "
                    + Instant.now(), FontFactory.getFont(FontFactory.HELVETICA, 8)));
            PdfPTable table = new PdfPTable(COLUMNS.size());
            table.setWidthPercentage(100);
            float[] widths = new float[COLUMNS.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = COLUMNS.get(i).width();
            }
            table.setWidths(widths);
            table.setHeaderRows(1);
            Font header = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6);
            Font cell = FontFactory.getFont(FontFactory.HELVETICA, 6);
            COLUMNS.forEach(column -> table.addCell(new com.lowagie.text.Phrase(column.name(), header)));
            for (AuditViews.Entry entry : page.entries()) {
                COLUMNS.forEach(column -> {
                    String text = column.value().apply(entry);
                    table.addCell(new com.lowagie.text.Phrase(text == null ? "" : text, cell));
                });
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
        return file(bytes.toByteArray(), "application/pdf", "decisions.pdf");
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would be a formula to a spreadsheet: quote it as text
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static Response file(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
