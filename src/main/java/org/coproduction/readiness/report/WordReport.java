package org.coproduction.readiness.report;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.coproduction.readiness.common.AtomicWrite;
import org.coproduction.readiness.common.XmlText;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report as a Word document (.docx) that a charity can edit and paste from: the same
 * parts in the same order and words as the PDF (ReportHtml), with real heading styles (Heading 1
 * to 3, so that Word's navigation pane and a table of contents work), real tables, the charts as
 * pictures whose alternative text states their figures, on A4 with page numbers.
 */
public final class WordReport {
    /** Word measures pages in twentieths of a point: 1 mm is 56.7 of them. */
    private static final double TWIPS_PER_MILLIMETRE = 1440 / 25.4;
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    /** The PDF's margins: 24 mm at the top (room for the running header), 20 mm below, 18 mm at the sides. */
    private static final int MARGIN_TOP = twips(24);
    private static final int MARGIN_BOTTOM = twips(20);
    private static final int MARGIN_SIDE = twips(18);
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;

    private static final String GREY = "57606A";
    private static final String AMBER = "9A6700";
    private static final String RULE = "D0D7DE";
    private static final String HEADER_FILL = "F6F8FA";

    /** The numbering definitions: 1 bullets, 2 the priorities, 3 the references (each counts from 1). */
    private static final BigInteger BULLETS = BigInteger.ONE;
    private static final BigInteger PRIORITY_NUMBERS = BigInteger.valueOf(2);
    private static final BigInteger REFERENCE_NUMBERS = BigInteger.valueOf(3);

    static {
        // POI logs through the Log4j API, which, finding no logging library, complains on the console
        // ("could not find a logging provider") in the middle of the command line's output. The
        // program reports its own errors, as it does for the PDF libraries: POI's log is kept quiet,
        // unless whoever starts the program chose a Log4j setting of their own.
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }

    private final XWPFDocument document;
    private final Font chartFont;

    private WordReport(XWPFDocument document, Font chartFont) {
        this.document = document;
        this.chartFont = chartFont;
    }

    /** Writes the Word document to a file, all or nothing. */
    public static void write(Report report, Path target) throws IOException {
        AtomicWrite.write(target, out -> write(report, out));
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            new WordReport(document, PdfReport.awtFont("DejaVuSans.ttf")).render(report);
            document.write(out);
        }
    }

    private void render(Report report) throws IOException {
        Report.Header header = report.header();
        setUp(header);
        heading(1, ReportText.TITLE);
        XWPFParagraph subtitle = paragraph();
        run(subtitle, header.organisation()).setFontSize(12);
        details(header);
        overall(report);
        radar(report);
        perspectives(report);
        ladder(report.ladder());
        priorities(report.priorities());
        findOut(report.findOut());
        if (report.comparison().isPresent()) {
            comparison(report.comparison().get());
        }
        actions(report.actions());
        report.sections().forEach(this::section);
        context(report.context());
        method(report);
        heading(2, ReportText.REFERENCES);
        for (String reference : report.references()) {
            XWPFParagraph item = paragraph();
            item.setNumID(REFERENCE_NUMBERS);
            run(item, reference);
        }
        noLoneLastRows();
    }

    /**
     * A table that runs over a page break never leaves its last row alone on the new page under
     * the repeated heading (seen in LibreOffice with the areas' table): the row before the last
     * keeps with it, so at least two rows go over together.
     */
    private void noLoneLastRows() {
        for (XWPFTable table : document.getTables()) {
            if (table.getNumberOfRows() >= 3) {
                for (XWPFTableCell cell : table.getRow(table.getNumberOfRows() - 2).getTableCells()) {
                    cell.getParagraphs().forEach(WordReport::keptWithNext);
                }
            }
        }
    }

    // The page, the styles and the lists ------------------------------------------------------------

    private void setUp(Report.Header header) throws IOException {
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            document.createNumbering().setNumbering(NumberingDocument.Factory.parse(NUMBERING).getNumbering());
        } catch (XmlException e) {
            throw new IOException("The Word styles could not be set up", e);
        }
        var properties = document.getProperties().getCoreProperties();
        properties.setTitle(XmlText.clean("Co-production readiness report: " + header.organisation()));
        properties.setSubjectProperty(XmlText.clean(header.title()));
        properties.setCreator("Co-production Readiness");

        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);

        XWPFParagraph running = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        running.setStyle("Header");
        run(running, ReportText.runningHeader(header));
        XWPFParagraph pages = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        pages.setStyle("Footer");
        pages.setAlignment(ParagraphAlignment.RIGHT);
        // Fields, so that Word and LibreOffice fill in the numbers as the pages fall.
        run(pages, "Page ");
        field(pages, "PAGE");
        run(pages, " of ");
        field(pages, "NUMPAGES");
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue("1");
    }

    private static int twips(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MILLIMETRE);
    }

    // Paragraphs and runs ---------------------------------------------------------------------------

    private XWPFParagraph heading(int level, String text) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle("Heading" + level);
        figures(heading, text, false);
        return heading;
    }

    private XWPFParagraph paragraph() {
        return document.createParagraph();
    }

    private XWPFParagraph paragraph(String text) {
        XWPFParagraph paragraph = paragraph();
        figures(paragraph, text, false);
        return paragraph;
    }

    /** On the same page as what follows (POI's own setKeepNext fails on a paragraph without properties). */
    private static XWPFParagraph keptWithNext(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        properties.addNewKeepNext();
        return paragraph;
    }

    /** A paragraph in the small grey type of the PDF's notes. */
    private XWPFParagraph note(String text) {
        XWPFParagraph paragraph = paragraph();
        paragraph.setStyle("ReportNote");
        run(paragraph, text);
        return paragraph;
    }

    private XWPFParagraph bullet(String text, String details) {
        XWPFParagraph item = paragraph();
        item.setNumID(BULLETS);
        run(item, text);
        if (!details.isEmpty()) {
            figures(item, details, true);
        }
        return item;
    }

    /** A run of text; line breaks in it (a note of several lines) stay line breaks. */
    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String[] lines = XmlText.clean(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    private static XWPFRun grey(XWPFRun run) {
        run.setColor(GREY);
        return run;
    }

    /**
     * Text that must stay on one line, such as a date or a figure: spaces become no-break spaces
     * and hyphens Word's non-breaking hyphen, so that "2025-06-30" never breaks after a hyphen.
     */
    private static void unbroken(XWPFParagraph paragraph, String text, boolean bold) {
        String[] parts = XmlText.clean(text).replace(' ', '\u00A0').split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                paragraph.createRun().setText(parts[i]);
                paragraph.getRuns().get(paragraph.getRuns().size() - 1).setBold(bold);
            }
            if (i < parts.length - 1) {
                XWPFRun hyphen = paragraph.createRun();
                hyphen.getCTR().addNewNoBreakHyphen();
                hyphen.setBold(bold);
            }
        }
    }

    /** Text whose figures never break over a line (ReportText.keepingFiguresWhole), grey or not. */
    private static void figures(XWPFParagraph paragraph, String text, boolean grey) {
        for (ReportText.Piece piece : ReportText.keepingFiguresWhole(text)) {
            int before = paragraph.getRuns().size();
            if (piece.whole()) {
                unbroken(paragraph, piece.text(), false);
            } else {
                run(paragraph, piece.text());
            }
            if (grey) {
                paragraph.getRuns().subList(before, paragraph.getRuns().size()).forEach(WordReport::grey);
            }
        }
    }

    /** A box around the overall score, as in the PDF: a light blue field with a blue edge. */
    private static void boxed(XWPFParagraph paragraph) {
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTPBdr borders = properties.addNewPBdr();
        for (CTBorder border : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(8));
            border.setSpace(BigInteger.valueOf(6));
            border.setColor("0969DA");
        }
        CTShd shading = properties.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill("DDF4FF");
    }

    // Tables --------------------------------------------------------------------------------------

    /**
     * A column of a table: its heading, its width, and whether it holds a figure or a date (set
     * right or kept on one line, never broken).
     */
    private record Column(String heading, double millimetres, boolean unbroken) {
        static Column text(String heading, double millimetres) {
            return new Column(heading, millimetres, false);
        }

        static Column figure(String heading, double millimetres) {
            return new Column(heading, millimetres, true);
        }
    }

    /** A cell's content: its text and, in grey on a line of its own, what it belongs to (may be empty). */
    private record Cell(String text, String details) {
        static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    /**
     * A table of fixed column widths (the last column takes what is left of the page), its
     * heading row repeated on every page, lines between the rows as in the PDF.
     */
    private XWPFTable table(List<Column> columns, boolean headingRow) {
        XWPFTable table = document.createTable(1, columns.size());
        CTTblPr properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
                : table.getCTTbl().addNewTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders() : properties.addNewTblBorders();
        borders.setTop(line(RULE));
        borders.setBottom(line(RULE));
        borders.setInsideH(line(RULE));
        borders.setLeft(none());
        borders.setRight(none());
        borders.setInsideV(none());
        table.setCellMargins(twips(1.2), twips(1.5), twips(1.2), twips(1.5));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width1 : widths(columns)) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width1));
        }
        if (headingRow) {
            XWPFTableRow row = table.getRow(0);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                XWPFTableCell cell = row.getCell(i);
                shape(cell, columns, i);
                cell.setColor(HEADER_FILL);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                run(paragraph, columns.get(i).heading()).setBold(true);
                if (columns.get(i).unbroken()) {
                    paragraph.setAlignment(ParagraphAlignment.RIGHT);
                }
            }
        } else {
            table.removeRow(0);
        }
        return table;
    }

    private static CTBorder line(String colour) {
        CTBorder border = CTBorder.Factory.newInstance();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        border.setColor(colour);
        return border;
    }

    private static CTBorder none() {
        CTBorder border = CTBorder.Factory.newInstance();
        border.setVal(STBorder.NIL);
        return border;
    }

    /** The columns' widths in twips: as asked, the last one taking the rest of the page's width. */
    private static List<Integer> widths(List<Column> columns) {
        List<Integer> widths = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < columns.size() - 1; i++) {
            int width = twips(columns.get(i).millimetres());
            widths.add(width);
            used += width;
        }
        widths.add(Math.max(twips(20), TEXT_WIDTH - used));
        return widths;
    }

    private static void shape(XWPFTableCell cell, List<Column> columns, int index) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(widths(columns).get(index)));
        if (columns.get(index).unbroken() && !properties.isSetNoWrap()) {
            properties.addNewNoWrap();
        }
        cell.getParagraphs().get(0).setSpacingAfter(0);
    }

    private void row(XWPFTable table, List<Column> columns, List<Cell> cells) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        while (row.getTableCells().size() < columns.size()) {
            row.addNewTableCell();
        }
        for (int i = 0; i < columns.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            shape(cell, columns, i);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            Cell content = i < cells.size() ? cells.get(i) : Cell.of("");
            if (columns.get(i).unbroken()) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
                unbroken(paragraph, content.text(), false);
            } else {
                run(paragraph, content.text());
            }
            if (!content.details().isEmpty()) {
                XWPFParagraph details = cell.addParagraph();
                details.setSpacingAfter(0);
                grey(run(details, content.details())).setFontSize(8);
            }
        }
    }

    private void row(XWPFTable table, List<Column> columns, String... cells) {
        row(table, columns, java.util.Arrays.stream(cells).map(Cell::of).toList());
    }

    /** Keeps the text that follows a table clear of it. */
    private void afterTable() {
        paragraph().setSpacingAfter(0);
    }

    // The parts of the report, in the PDF's order -------------------------------------------------------

    private void details(Report.Header header) {
        List<Column> columns = List.of(Column.text("", 38), Column.text("", 0));
        XWPFTable table = table(columns, false);
        detail(table, columns, ReportText.ORGANISATION_LABEL, ReportText.organisation(header), false);
        detail(table, columns, ReportText.ASSESSMENT_LABEL, header.title(), false);
        detail(table, columns, ReportText.DATE_LABEL, header.assessedOn(), true);
        detail(table, columns, ReportText.STATUS_LABEL, header.status(), false);
        detail(table, columns, ReportText.QUESTIONS_LABEL, ReportText.questions(header), false);
        detail(table, columns, ReportText.WHO_ANSWERED, ReportText.respondents(header), false);
        detail(table, columns, ReportText.MADE_ON, header.generatedOn(), true);
        afterTable();
    }

    private void detail(XWPFTable table, List<Column> columns, String label, String value, boolean date) {
        row(table, columns, label, date ? "" : value);
        XWPFTableRow row = table.getRow(table.getNumberOfRows() - 1);
        grey(row.getCell(0).getParagraphs().get(0).getRuns().get(0));
        if (date) {
            unbroken(row.getCell(1).getParagraphs().get(0), value, false);
        }
    }

    private void overall(Report report) {
        XWPFParagraph score = paragraph();
        boxed(score);
        score.setSpacingAfter(0);
        if (report.overall().isPresent()) {
            Report.Overall overall = report.overall().get();
            XWPFRun run = run(score, ReportText.overall(overall));
            run.setBold(true);
            run.setFontSize(15);
            if (overall.provisional()) {
                XWPFParagraph provisional = paragraph();
                boxed(provisional);
                provisional.setSpacingAfter(0);
                XWPFRun reason = run(provisional, overall.provisionalReason());
                reason.setBold(true);
                reason.setColor(AMBER);
            }
            XWPFParagraph description = paragraph(overall.bandDescription());
            boxed(description);
        } else {
            XWPFRun run = run(score, ReportText.NO_OVERALL);
            run.setBold(true);
            run.setFontSize(15);
            boxed(paragraph(ReportText.NO_OVERALL_WHY));
        }
    }

    private void radar(Report report) throws IOException {
        heading(2, ReportText.AREAS);
        picture(ChartPictures.radar(report, chartFont));
        List<Column> columns = List.of(Column.figure("", 8), Column.text(ReportText.AREA, 0),
                Column.figure(ReportText.SCORE, 16), Column.text(ReportText.BAND, 34),
                Column.figure(ReportText.ANSWERED, 30));
        columns = lastWidthFirst(columns, 1);
        XWPFTable table = table(columns, true);
        for (int i = 0; i < report.sections().size(); i++) {
            Report.Section section = report.sections().get(i);
            row(table, columns, List.of(Cell.of(String.valueOf(i + 1)), new Cell(section.title(), section.kind()),
                    Cell.of(section.score()), Cell.of(section.band()), Cell.of(section.coverage())));
        }
        note(ReportText.RADAR_NOTE);
    }

    /**
     * The same columns with the one at {@code flexible} taking the rest of the page: the table
     * helper gives the rest to the last column, so the flexible one is measured here instead.
     */
    private static List<Column> lastWidthFirst(List<Column> columns, int flexible) {
        double fixed = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (i != flexible) {
                fixed += columns.get(i).millimetres();
            }
        }
        double rest = TEXT_WIDTH / TWIPS_PER_MILLIMETRE - fixed;
        List<Column> sized = new ArrayList<>(columns);
        Column column = columns.get(flexible);
        sized.set(flexible, new Column(column.heading(), rest, column.unbroken()));
        return sized;
    }

    private void picture(ChartPictures.Picture picture) throws IOException {
        XWPFParagraph paragraph = keptWithNext(paragraph());
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(picture.png()), PictureType.PNG, "chart.png",
                    Units.pixelToEMU((int) Math.round(picture.width())), Units.pixelToEMU((int) Math.round(picture.height())));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("The chart could not be added to the Word document", e);
        }
        // The alternative text Word shows and reads aloud is the drawing's description (docPr descr).
        String description = XmlText.clean(picture.description());
        CTNonVisualDrawingProps properties = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        properties.setDescr(description);
        run.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
    }

    private void perspectives(Report report) {
        Report.Perspectives perspectives = report.perspectives();
        heading(2, ReportText.PERSPECTIVES);
        paragraph(ReportText.perspectivesIntro(perspectives));
        for (Report.SideView side : perspectives.sides()) {
            paragraph(ReportText.side(side));
            if (!side.shown()) {
                grey(run(paragraph(), side.notShown()));
            }
        }
        if (perspectives.anyShown()) {
            Report.SideView organisation = perspectives.organisation();
            Report.SideView people = perspectives.people();
            List<Column> columns = new ArrayList<>(List.of(Column.text(ReportText.AREA, 0),
                    Column.figure(ReportText.EVERYONE, 22)));
            if (organisation.shown()) {
                columns.add(new Column(ReportText.ORGANISATION, 28, true));
            }
            if (people.shown()) {
                columns.add(new Column(ReportText.PEOPLE, 30, true));
            }
            if (perspectives.bothShown()) {
                columns.add(Column.figure(ReportText.GAP, 36));
            }
            columns = lastWidthFirst(columns, 0);
            XWPFTable table = table(columns, true);
            List<Cell> overall = new ArrayList<>(List.of(Cell.of(ReportText.OVERALL_ROW),
                    Cell.of(report.overall().map(Report.Overall::score).orElse("–"))));
            for (Report.SideView side : perspectives.sides()) {
                if (side.shown()) {
                    overall.add(Cell.of(side.overall().map(Report.SideOverall::score).orElse("–")));
                }
            }
            row(table, columns, overall);
            for (Report.AreaView area : perspectives.areas()) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.of(area.title()), Cell.of(area.everyone())));
                area.organisation().ifPresent(score -> cells.add(Cell.of(score)));
                area.people().ifPresent(score -> cells.add(Cell.of(score)));
                if (perspectives.bothShown()) {
                    cells.add(new Cell(area.gap().orElse("–"), area.seenDifferently() ? ReportText.SEEN_DIFFERENTLY : ""));
                }
                row(table, columns, cells);
            }
            if (perspectives.bothShown()) {
                note(ReportText.GAP_EXPLAINED);
            } else {
                afterTable();
            }
        }

        heading(3, ReportText.DIFFERENT_VIEWS);
        if (!perspectives.bothShown()) {
            grey(run(paragraph(), ReportText.DIFFERENT_VIEWS_NEED_BOTH));
        } else if (perspectives.differentViews().isEmpty()) {
            grey(run(paragraph(), ReportText.NO_DIFFERENT_VIEWS));
        } else {
            paragraph(ReportText.DIFFERENT_VIEWS_INTRO);
            List<Column> columns = lastWidthFirst(List.of(Column.text(ReportText.QUESTION, 0),
                    new Column(ReportText.ORGANISATION, 28, true), new Column(ReportText.PEOPLE, 30, true),
                    Column.figure(ReportText.DIFFERENCE, 24)), 0);
            XWPFTable table = table(columns, true);
            for (Report.DifferentView view : perspectives.differentViews()) {
                row(table, columns, List.of(new Cell(view.question(), view.dimension()), Cell.of(view.organisation()),
                        Cell.of(view.people()), Cell.of(view.difference())));
            }
            afterTable();
        }

        heading(3, ReportText.LEAST_AGREEMENT);
        if (perspectives.leastAgreement().isEmpty()) {
            grey(run(paragraph(), ReportText.NO_LEAST_AGREEMENT));
        } else {
            paragraph(ReportText.LEAST_AGREEMENT_INTRO);
            List<Column> columns = lastWidthFirst(List.of(Column.text(ReportText.QUESTION, 0),
                    Column.figure(ReportText.SPREAD, 22), Column.figure(ReportText.RESPONDENTS, 28)), 0);
            XWPFTable table = table(columns, true);
            for (Report.Disagreement spread : perspectives.leastAgreement()) {
                row(table, columns, List.of(new Cell(spread.question(), spread.dimension()),
                        Cell.of(ReportText.spread(spread)), Cell.of(ReportText.answeredBy(spread))));
            }
            afterTable();
        }
    }

    private void ladder(Report.Ladder ladder) {
        if (ladder.rungs().isEmpty()) {
            return;
        }
        heading(2, ReportText.LADDER);
        List<Column> columns = lastWidthFirst(List.of(Column.text(ReportText.LADDER_COLUMN, 0),
                Column.text(ReportText.PLACED, 40), Column.text(ReportText.SUGGESTED, 40)), 0);
        XWPFTable table = table(columns, true);
        for (int i = ladder.rungs().size() - 1; i >= 0; i--) {
            String rung = ladder.rungs().get(i);
            row(table, columns, (i + 1) + ". " + rung,
                    ladder.placed().filter(rung::equals).isPresent() ? ReportText.PLACED_HERE : "",
                    ladder.suggested().filter(rung::equals).isPresent() ? ReportText.SUGGESTED_HERE : "");
        }
        paragraph(ladder.reading());
    }

    private void priorities(List<Report.PriorityItem> priorities) {
        heading(2, ReportText.PRIORITIES);
        if (priorities.isEmpty()) {
            paragraph(ReportText.NO_PRIORITIES);
            return;
        }
        paragraph(ReportText.PRIORITIES_INTRO);
        for (Report.PriorityItem item : priorities) {
            XWPFParagraph line = paragraph();
            line.setNumID(PRIORITY_NUMBERS);
            keptWithNext(line);
            run(line, item.question()).setBold(true);
            figures(line, ReportText.priorityDetails(item), true);
            for (String action : item.actions()) {
                XWPFParagraph step = paragraph();
                step.setNumID(BULLETS);
                step.setNumILvl(BigInteger.ONE);
                step.setSpacingAfter(40);
                run(step, action);
            }
            if (!item.references().isEmpty()) {
                note(ReportText.sources(item)).setIndentationLeft(twips(12.7));
            }
        }
    }

    private void findOut(List<Report.FindOutItem> items) {
        heading(2, ReportText.FIND_OUT);
        if (items.isEmpty()) {
            paragraph(ReportText.NO_FIND_OUT);
            return;
        }
        paragraph(ReportText.FIND_OUT_INTRO);
        items.forEach(item -> bullet(item.question(), ReportText.findOutDetails(item)));
    }

    private void comparison(Report.Comparison comparison) throws IOException {
        heading(2, ReportText.changesSince(comparison));
        paragraph(ReportText.overallChange(comparison));
        List<Column> columns = lastWidthFirst(List.of(Column.text(ReportText.AREA, 0), Column.figure(ReportText.BEFORE, 18),
                Column.figure(ReportText.NOW, 18), Column.figure(ReportText.CHANGE, 20),
                Column.text(ReportText.BAND, 50)), 0);
        XWPFTable table = table(columns, true);
        for (Report.Change change : comparison.changes()) {
            row(table, columns, change.title(), change.before(), change.after(), change.change(),
                    ReportText.bandChange(change));
        }
        afterTable();
        if (comparison.trend().size() > 1) {
            heading(3, ReportText.TREND);
            picture(ChartPictures.trend(comparison, chartFont));
            XWPFParagraph listing = paragraph();
            listing.setStyle("ReportNote");
            figures(listing, ReportText.trend(comparison), false);
        }
        moves(ReportText.MOST_IMPROVED, comparison.improved(), ReportText.NONE_IMPROVED);
        moves(ReportText.MOST_CONCERN, comparison.concern(), ReportText.NONE_WENT_DOWN);
        if (!comparison.onlyLater().isEmpty() || !comparison.onlyEarlier().isEmpty()) {
            heading(3, ReportText.ONLY_ONE);
            if (!comparison.onlyLater().isEmpty()) {
                paragraph(ReportText.newInThisVersion(comparison));
            }
            if (!comparison.onlyEarlier().isEmpty()) {
                paragraph(ReportText.noLongerAsked(comparison));
            }
        }
    }

    private void moves(String heading, List<Report.QuestionMove> moves, String none) {
        heading(3, heading);
        if (moves.isEmpty()) {
            grey(run(paragraph(), none));
            return;
        }
        for (Report.QuestionMove move : moves) {
            bullet(move.question(), ReportText.moveDetails(move));
            if (!move.actionsDone().isEmpty()) {
                note(ReportText.actionsDone(move)).setIndentationLeft(twips(6.35));
            }
        }
    }

    private void actions(List<Report.PlannedAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        heading(2, ReportText.ACTION_PLAN);
        // The date column fits "2026-12-31" whole; the action itself takes what is left.
        List<Column> columns = lastWidthFirst(List.of(Column.text(ReportText.ACTION, 0), Column.text(ReportText.ABOUT, 46),
                Column.text(ReportText.WHO, 26), Column.figure(ReportText.BY, 22), Column.text(ReportText.STATUS, 22)), 0);
        XWPFTable table = table(columns, true);
        for (Report.PlannedAction action : actions) {
            row(table, columns, action.description(), action.about(), action.owner(), action.due(), action.status());
            grey(table.getRow(table.getNumberOfRows() - 1).getCell(1).getParagraphs().get(0).getRuns().get(0));
        }
        afterTable();
    }

    private void section(Report.Section section) {
        heading(2, section.title());
        // The heading and the kind of area stay with the summary: never a heading alone at a page's foot.
        grey(run(keptWithNext(paragraph()), section.kind()));
        paragraph(section.summary());
        XWPFParagraph figures = paragraph();
        unbroken(figures, ReportText.score(section), false);
        run(figures, "     ");
        unbroken(figures, ReportText.band(section), false);
        run(figures, "     ");
        unbroken(figures, ReportText.answered(section), false);
        if (!section.bandMeaning().isBlank()) {
            paragraph(section.bandMeaning());
        }
        if (!section.note().isBlank()) {
            XWPFRun note = run(paragraph(), section.note());
            note.setBold(true);
            note.setColor(AMBER);
        }
        lines(ReportText.STRENGTHS, section.strengths(), ReportText.NO_STRENGTHS);
        lines(ReportText.GAPS, section.gaps(), ReportText.NO_GAPS);
        if (!section.evidence().isEmpty()) {
            heading(3, ReportText.EVIDENCE);
            section.evidence().forEach(note -> bullet(note.note(), ReportText.noteDetails(note)));
        }
    }

    private void lines(String heading, List<Report.QuestionLine> lines, String none) {
        heading(3, heading);
        if (lines.isEmpty()) {
            grey(run(paragraph(), none));
            return;
        }
        lines.forEach(line -> bullet(line.text(), ReportText.levelDetails(line)));
    }

    private void context(List<Report.ContextItem> items) {
        heading(2, ReportText.CONTEXT);
        if (items.isEmpty()) {
            return;
        }
        List<Column> columns = List.of(Column.text("", 60), Column.text("", 0));
        XWPFTable table = table(columns, false);
        for (Report.ContextItem item : items) {
            row(table, columns, item.question(), item.answer());
            grey(table.getRow(table.getNumberOfRows() - 1).getCell(0).getParagraphs().get(0).getRuns().get(0));
        }
        afterTable();
    }

    private void method(Report report) {
        heading(2, ReportText.METHOD);
        report.method().forEach(this::paragraph);
        List<Column> columns = List.of(Column.figure(ReportText.FROM, 16), Column.text(ReportText.BAND, 40),
                Column.text(ReportText.MEANING, 0));
        XWPFTable table = table(columns, true);
        for (Report.BandItem band : report.bands()) {
            row(table, columns, band.from(), band.label(), band.description());
        }
        afterTable();
    }

    // Styles and numbering, as Word writes them --------------------------------------------------------

    /**
     * The document's styles. The headings carry Word's own names ("heading 1" …) and outline
     * levels, so that Word and LibreOffice treat them as headings: navigation pane, table of
     * contents, PDF bookmarks. Arial, which every office computer has (LibreOffice uses its
     * metric twin, Liberation Sans).
     */
    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
                  <w:sz w:val="19"/><w:szCs w:val="19"/><w:color w:val="24292F"/><w:lang w:val="en-GB"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="269" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1">
                <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="0550AE"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading2">
                <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="0550AE"/><w:sz w:val="27"/><w:szCs w:val="27"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading3">
                <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="220" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportNote">
                <w:name w:val="Report note"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:rPr><w:color w:val="57606A"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="ListParagraph">
                <w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>
                <w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Header">
                <w:name w:val="header"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="D0D7DE"/></w:pBdr><w:spacing w:after="0"/></w:pPr>
                <w:rPr><w:color w:val="57606A"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Footer">
                <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr>
                <w:rPr><w:color w:val="57606A"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
              </w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
                  <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
              </w:style>
            </w:styles>
            """;

    /** Bullets (two levels), and numbers for the priorities and the references, each list from 1. */
    private static final String NUMBERING = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:abstractNum w:abstractNumId="0">
                <w:multiLevelType w:val="hybridMultilevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>
                  <w:pPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="240"/></w:pPr></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/>
                  <w:pPr><w:ind w:left="960" w:hanging="240"/></w:pPr></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="1">
                <w:multiLevelType w:val="singleLevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
                  <w:pPr><w:spacing w:before="120" w:after="60"/><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
              </w:abstractNum>
              <w:abstractNum w:abstractNumId="2">
                <w:multiLevelType w:val="singleLevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
                  <w:pPr><w:spacing w:after="80"/><w:ind w:left="480" w:hanging="360"/></w:pPr></w:lvl>
              </w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
              <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
              <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
            </w:numbering>
            """;
}
