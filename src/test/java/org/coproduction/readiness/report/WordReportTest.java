package org.coproduction.readiness.report;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.comparison.Comparer;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word report read back with the library that wrote it (Apache POI): its headings and their
 * styles, its tables and their figures (worked out here by the scoring engine, not copied), its
 * pictures' alternative text, its page.
 */
class WordReportTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path folder;

    private static ExchangeReader.Reading seed(String name) throws Exception {
        return new ExchangeReader(LIBRARY).read(Path.of("seeds", name));
    }

    private XWPFDocument written(Report report) throws IOException {
        Path file = folder.resolve("report.docx");
        WordReport.write(report, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** Heading paragraphs as "level: text", in document order. */
    private static List<String> headings(XWPFDocument document, int deepest) {
        List<String> found = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            String style = paragraph.getStyle();
            if (style != null && style.matches("Heading[1-" + deepest + "]")) {
                // Figures in a heading are written unbreakable (no-break spaces and hyphens): read as typed.
                found.add(plain(paragraph.getText()));
            }
        }
        return found;
    }

    /** Text as Word shows it: its non-breaking hyphens and spaces as plain ones. */
    private static String plain(String text) {
        return text.replace('\u2011', '-').replace('\u00A0', ' ');
    }

    private static Optional<XWPFTable> tableWithHeading(XWPFDocument document, String... headings) {
        return document.getTables().stream().filter(t -> t.getRows().size() > 0 && t.getRow(0).getTableCells().stream()
                .map(XWPFTableCell::getText).toList().equals(List.of(headings))).findFirst();
    }

    private static Map<String, List<String>> rowsByFirstColumn(XWPFTable table, int column) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            List<String> cells = row.getTableCells().stream().map(c -> plain(c.getParagraphs().get(0).getText())).toList();
            rows.put(cells.get(column), cells);
        }
        return rows;
    }

    @Test
    void riverside2025HasThePdfsHeadingsAsWordHeadingsAndTheEnginesFigures() throws Exception {
        ExchangeReader.Reading reading = seed("riverside-2025.json");
        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), TODAY);
        try (XWPFDocument document = written(report)) {
            // The title and parts as Heading 1 and 2, in the order of the screen and the PDF.
            assertThat(headings(document, 2)).isEqualTo(ReportText.headings(report));
            assertThat(document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly(ReportText.TITLE);
            assertThat(headings(document, 3)).contains(ReportText.DIFFERENT_VIEWS, ReportText.LEAST_AGREEMENT,
                    ReportText.STRENGTHS, ReportText.GAPS);
            // Styles Word knows as its own headings, with outline levels for the navigation pane and a contents table.
            for (int level = 1; level <= 3; level++) {
                var style = document.getStyles().getStyle("Heading" + level);
                assertThat(style).as("Heading" + level).isNotNull();
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }

            // The areas' table says what the scoring engine computes.
            ScoreCard card = Scorer.score(reading.questionnaire(), reading.assessment().answers());
            XWPFTable areas = tableWithHeading(document, "", ReportText.AREA, ReportText.SCORE, ReportText.BAND,
                    ReportText.ANSWERED).orElseThrow();
            Map<String, List<String>> rows = rowsByFirstColumn(areas, 1);
            for (Dimension dimension : reading.questionnaire().dimensions()) {
                DimensionScore score = card.dimension(dimension.id()).orElseThrow();
                assertThat(rows.get(dimension.title())).as(dimension.id()).containsSubsequence(
                        Figures.show(score.score().getAsDouble()), score.band(), Figures.coverageText(score));
            }

            // Each shown side beside everyone: Riverside 2025 shows both, with the gap.
            Perspectives perspectives = Perspectives.of(reading.questionnaire(), reading.assessment().respondents(),
                    reading.assessment().answers(), reading.assessment().minGroupSize());
            ScoreCard organisation = perspectives.side(Side.ORGANISATION).orElseThrow().card().orElseThrow();
            ScoreCard people = perspectives.side(Side.PEOPLE).orElseThrow().card().orElseThrow();
            XWPFTable sides = tableWithHeading(document, ReportText.AREA, ReportText.EVERYONE, ReportText.ORGANISATION,
                    ReportText.PEOPLE, ReportText.GAP).orElseThrow();
            Map<String, List<String>> sideRows = rowsByFirstColumn(sides, 0);
            assertThat(sideRows.get(ReportText.OVERALL_ROW)).containsSubsequence(
                    Figures.show(card.overall().orElseThrow().score()),
                    Figures.show(organisation.overall().orElseThrow().score()),
                    Figures.show(people.overall().orElseThrow().score()));
            for (Dimension dimension : reading.questionnaire().dimensions()) {
                assertThat(sideRows.get(dimension.title())).as(dimension.id()).containsSubsequence(
                        Figures.show(card.dimension(dimension.id()).orElseThrow().score().getAsDouble()),
                        Figures.show(organisation.dimension(dimension.id()).orElseThrow().score().getAsDouble()),
                        Figures.show(people.dimension(dimension.id()).orElseThrow().score().getAsDouble()));
            }

            // The radar as a picture whose alternative text states every figure, the sides' too.
            List<XWPFPicture> pictures = pictures(document);
            assertThat(pictures).hasSize(1);
            String description = document.getDocument().getBody().getPArray(indexOfPicture(document))
                    .getRArray(0).getDrawingArray(0).getInlineArray(0).getDocPr().getDescr();
            assertThat(description).isEqualTo(ReportText.radarAlternative(report.radar(), report.perspectives()));
            for (Dimension dimension : reading.questionnaire().dimensions()) {
                assertThat(description).contains(dimension.title() + " "
                        + Figures.show(people.dimension(dimension.id()).orElseThrow().score().getAsDouble()));
            }
            assertThat(pictures.get(0).getPictureData().getData()).startsWith(0x89, 'P', 'N', 'G');

            // A4 with the PDF's margins (24 mm above, 18 mm at the sides).
            var section = document.getDocument().getBody().getSectPr();
            assertThat(((Number) section.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((Number) section.getPgSz().getH()).intValue()).isEqualTo(16838);
            assertThat(((Number) section.getPgMar().getLeft()).intValue()).isEqualTo(1020);
            assertThat(((Number) section.getPgMar().getTop()).intValue()).isEqualTo(1361);
        }
    }

    private static List<XWPFPicture> pictures(XWPFDocument document) {
        List<XWPFPicture> pictures = new ArrayList<>();
        document.getParagraphs().forEach(p -> p.getRuns().forEach(r -> pictures.addAll(r.getEmbeddedPictures())));
        return pictures;
    }

    private static int indexOfPicture(XWPFDocument document) {
        int index = 0;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                if (paragraph.getRuns().stream().anyMatch(r -> !r.getEmbeddedPictures().isEmpty())) {
                    return index;
                }
                index++;
            }
        }
        throw new AssertionError("no picture");
    }

    @Test
    void aSideBelowTheSmallestGroupHasNoFiguresInTheWordReportEither() throws Exception {
        ExchangeReader.Reading reading = seed("harbour-lane-2025.json");
        Perspectives perspectives = Perspectives.of(reading.questionnaire(), reading.assessment().respondents(),
                reading.assessment().answers(), reading.assessment().minGroupSize());
        assertThat(perspectives.side(Side.ORGANISATION).orElseThrow().shown()).isFalse();
        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), TODAY);
        try (XWPFDocument document = written(report)) {
            // The table has everyone and the people; no column and no gap for the organisation.
            assertThat(tableWithHeading(document, ReportText.AREA, ReportText.EVERYONE, ReportText.PEOPLE)).isPresent();
            List<List<String>> headingRows = document.getTables().stream()
                    .map(t -> t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList())
                    .filter(cells -> cells.contains(ReportText.EVERYONE) || cells.contains(ReportText.DIFFERENCE)).toList();
            assertThat(headingRows).isNotEmpty().allSatisfy(cells -> assertThat(cells)
                    .doesNotContain(ReportText.ORGANISATION, ReportText.GAP));
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains(report.perspectives().organisation().notShown())
                    .contains(ReportText.DIFFERENT_VIEWS_NEED_BOTH);
            String description = ReportText.radarAlternative(report.radar(), report.perspectives());
            assertThat(description).doesNotContain(ReportText.ORGANISATION_SIDE);
        }
    }

    @Test
    void aComparisonAddsTheTrendPictureAndDatesAndFiguresNeverBreak() throws Exception {
        ExchangeReader.Reading earlier = seed("riverside-2024.json");
        ExchangeReader.Reading later = seed("riverside-2025.json");
        Report report = ReportBuilder.build(later.assessment(), later.questionnaire(), TODAY);
        Action dated = Action.of(1, later.questionnaire().id(), ActionLink.question(
                later.questionnaire().questions().get(0).id()), "Ask the forum to co-chair the review")
                .withOwner("Sam").withDue(Optional.of(LocalDate.of(2025, 6, 30)));
        report = ReportBuilder.withActions(report, List.of(dated), later.questionnaire());
        var comparison = Comparer.compare(earlier.assessment(), earlier.questionnaire(), later.assessment(),
                later.questionnaire());
        List<Report.TrendPoint> trend = List.of(
                new Report.TrendPoint("2024-03-12", "2024", Optional.of(43.1)),
                new Report.TrendPoint("2025-03-18", "2025", Optional.of(53.4)));
        report = ReportBuilder.withComparison(report, comparison, earlier.assessment(), later.questionnaire(), trend,
                Map.of());
        try (XWPFDocument document = written(report)) {
            assertThat(headings(document, 2)).isEqualTo(ReportText.headings(report));
            assertThat(pictures(document)).hasSize(2);
            assertThat(headings(document, 3)).contains(ReportText.TREND);
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(plain(text)).contains(ReportText.trend(report.comparison().orElseThrow()));
            // In the listing each date and its score are one unbreakable piece.
            assertThat(text).contains("2024\u201103\u201112\u00A043.1");

            // The action plan's date: one unbreakable line (non-breaking hyphens, and the cell may not wrap).
            XWPFTable plan = tableWithHeading(document, ReportText.ACTION, ReportText.ABOUT, ReportText.WHO,
                    ReportText.BY, ReportText.STATUS).orElseThrow();
            XWPFTableCell due = plan.getRow(1).getCell(3);
            assertThat(plain(due.getText())).isEqualTo("2025-06-30");
            assertThat(due.getText()).doesNotContain("-").doesNotContain(" ");
            assertThat(due.getCTTc().getTcPr().isSetNoWrap()).isTrue();
            // So do the figures of the comparison.
            XWPFTable changes = tableWithHeading(document, ReportText.AREA, ReportText.BEFORE, ReportText.NOW,
                    ReportText.CHANGE, ReportText.BAND).orElseThrow();
            for (XWPFTableRow row : changes.getRows().subList(1, changes.getRows().size())) {
                for (int column = 1; column <= 3; column++) {
                    assertThat(row.getCell(column).getCTTc().getTcPr().isSetNoWrap()).isTrue();
                    assertThat(row.getCell(column).getText()).doesNotContain("-").doesNotContain(" ");
                }
            }
        }
    }
}
