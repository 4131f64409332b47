package org.coproduction.readiness.workbook;

import org.coproduction.readiness.common.XmlText;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One table of a workbook as people use it in Excel or LibreOffice: a bold heading row that stays
 * in view (frozen) with a filter on every column, numbers stored as numbers and dates as real
 * dates, shown the way the program writes them everywhere else (2026-03-14).
 */
final class Sheet {
    /** How a column's values are stored and shown. */
    enum Kind {
        /** Short text on one line. */
        TEXT(null),
        /** Longer text (a question, a note), wrapped within the column. */
        WRAPPED(null),
        /** A figure rounded to one decimal (docs/scoring.md, rule 9), always shown with it: 62.0. */
        FIGURE("0.0"),
        /** A count or a rank. */
        WHOLE("0"),
        /** Coverage: a fraction (0.667, as exported everywhere) shown as a percentage, 66.7%. */
        SHARE("0.0%"),
        /** A date cell, which sorts and filters as a date. */
        DATE("yyyy-mm-dd");

        private final String format;

        Kind(String format) {
            this.format = format;
        }
    }

    /** A column: its heading, its width in characters, what it holds. */
    record Column(String heading, double width, Kind kind) {
    }

    private static final String HEADING_FILL = "DDF4FF";
    /** Points a line of text takes in the default font (Calibri 11). */
    private static final double LINE_HEIGHT = 15;

    private final Worksheet sheet;
    private final List<Column> columns;
    private int row;

    Sheet(Workbook workbook, String name, List<Column> columns) {
        this.sheet = workbook.newWorksheet(name);
        this.columns = List.copyOf(columns);
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(0, column, columns.get(column).heading());
            // Headings of figures and dates stand right, over their values.
            sheet.style(0, column).bold().fillColor(HEADING_FILL).wrapText(true).verticalAlignment("top")
                    .horizontalAlignment(columns.get(column).kind().format == null ? "left" : "right").set();
            sheet.width(column, columns.get(column).width());
        }
        sheet.rowHeight(0, height(columns.stream().map(c -> (Object) c.heading()).toArray()));
        // The heading row stays in view while scrolling down a long list of answers, and is
        // printed on every page; printed, the table fits the width of an A4 page turned sideways.
        sheet.freezePane(0, 1);
        sheet.repeatRows(0);
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        row = 1;
    }

    /**
     * A row's height in points, enough for its longest wrapped text: set, because LibreOffice keeps
     * a row one line high when the file does not say, and wrapped text then overlaps the next row.
     */
    private double height(Object[] values) {
        int lines = 1;
        for (int column = 0; column < values.length && column < columns.size(); column++) {
            if (values[column] instanceof String text && !text.isEmpty()) {
                // A unit of width is one digit; ordinary text is narrower, about 1.1 characters a unit.
                int perLine = Math.max(1, (int) Math.floor(columns.get(column).width() * 1.1) - 1);
                int needed = 0;
                for (String line : text.split("\n", -1)) {
                    needed += Math.max(1, (line.length() + perLine - 1) / perLine);
                }
                lines = Math.max(lines, needed);
            }
        }
        return Math.min(Worksheet.MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2);
    }

    /**
     * Adds a row, one value a column: {@link String}, {@link BigDecimal}, {@link Integer},
     * {@link LocalDate}, or null for an empty cell.
     */
    void add(Object... values) {
        sheet.rowHeight(row, height(values));
        for (int column = 0; column < values.length && column < columns.size(); column++) {
            Object value = values[column];
            Kind kind = columns.get(column).kind();
            if (value == null) {
                continue;
            }
            if (value instanceof String text) {
                sheet.value(row, column, XmlText.clean(text));
            } else if (value instanceof BigDecimal || value instanceof Integer) {
                sheet.value(row, column, (Number) value);
            } else if (value instanceof LocalDate date) {
                sheet.value(row, column, date);
            } else {
                throw new IllegalArgumentException("No cell for " + value.getClass());
            }
            // A date is a date cell wherever it stands (the details sheet mixes dates and text in one column).
            String format = value instanceof LocalDate ? Kind.DATE.format
                    : value instanceof String ? null : kind.format == null ? Kind.FIGURE.format : kind.format;
            if (format != null) {
                sheet.style(row, column).format(format).verticalAlignment("top").horizontalAlignment("right").set();
            } else {
                sheet.style(row, column).wrapText(kind == Kind.WRAPPED).verticalAlignment("top").set();
            }
        }
        row++;
    }

    /** The filter buttons on the heading row, over every row written. */
    void finish() {
        sheet.setAutoFilter(0, 0, Math.max(row - 1, 1), columns.size() - 1);
    }
}
