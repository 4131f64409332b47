package org.coproduction.readiness.workbook;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.Priority;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks read back with fastexcel's reader: their figures against the scoring engine's,
 * their dates as date cells; and, from the sheets' XML, their frozen heading rows and filters.
 */
class WorkbookTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path folder;

    /** A sheet's rows as cells, the heading row first. */
    private static List<List<Cell>> rows(Path file, String sheet) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            List<List<Cell>> rows = new ArrayList<>();
            try (var stream = workbook.findSheet(sheet).orElseThrow().openStream()) {
                stream.forEach(row -> {
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getCell(i));
                    }
                    rows.add(cells);
                });
            }
            return rows;
        }
    }

    private static List<String> sheetNames(Path file) throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            return workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
        }
    }

    private static String text(Cell cell) {
        return cell == null || cell.getType() == CellType.EMPTY ? "" : cell.getText();
    }

    private static BigDecimal number(Cell cell) {
        assertThat(cell.getType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMBER);
        return cell.asNumber();
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getType()).as(cell.getAddress() + " is a number: a date cell").isEqualTo(CellType.NUMBER);
        assertThat(cell.getDataFormatString()).as(cell.getAddress() + "'s format").isEqualTo("yyyy-mm-dd");
        assertThat(cell.asDate().toLocalDate()).isEqualTo(expected);
    }

    /** Every sheet's heading row is frozen and has a filter: read from the sheet's own XML. */
    private static void assertFrozenAndFiltered(Path file, int sheets) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (int i = 1; i <= sheets; i++) {
                String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + i + ".xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(xml).as("sheet " + i).containsPattern("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"")
                        .containsPattern("<autoFilter ref=\"A1:[A-Z]+\\d+\"");
            }
        }
    }

    /** The rows of a score table whose first column is the given group. */
    private static List<List<Cell>> of(List<List<Cell>> rows, String who) {
        return rows.stream().skip(1).filter(r -> text(r.get(0)).equals(who)).toList();
    }

    private static void assertScores(List<List<Cell>> rows, Questionnaire bank, ScoreCard card) {
        assertThat(rows).hasSize(1 + card.dimensions().size());
        List<Cell> overall = rows.get(0);
        assertThat(text(overall.get(1))).isEqualTo(ReportText.OVERALL_ROW);
        assertThat(number(overall.get(3))).isEqualTo(Figures.oneDecimal(card.overall().orElseThrow().score()));
        for (DimensionScore dimension : card.dimensions()) {
            List<Cell> row = rows.stream().filter(r -> text(r.get(2)).equals(dimension.dimensionId())).findFirst()
                    .orElseThrow();
            assertThat(text(row.get(1))).isEqualTo(bank.dimension(dimension.dimensionId()).orElseThrow().title());
            assertThat(number(row.get(3))).as(dimension.dimensionId())
                    .isEqualTo(Figures.oneDecimal(dimension.score().getAsDouble()));
            assertThat(text(row.get(4))).isEqualTo(dimension.band());
            assertThat(number(row.get(5))).isEqualByComparingTo(Figures.coverage(dimension));
            assertThat(number(row.get(7)).intValue()).isEqualTo(dimension.questionsCounted());
        }
    }

    @Test
    void riverside2025sWorkbookHoldsTheEnginesScoresForEveryoneAndBothSidesAndEveryAnswer() throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(Path.of("seeds/riverside-2025.json"));
        Assessment assessment = reading.assessment();
        Questionnaire bank = reading.questionnaire();
        Action action = Action.of(1, bank.id(), ActionLink.question(bank.questions().get(0).id()), "Ask the forum")
                .withOwner("Sam").withDue(Optional.of(LocalDate.of(2025, 6, 30)))
                .withSource(Optional.of(new ActionSource(4, assessment.title(), assessment.assessedOn())));
        Path file = folder.resolve("riverside.xlsx");
        AssessmentWorkbook.write(assessment, bank, List.of(action), TODAY, file);

        assertThat(sheetNames(file)).containsExactly(AssessmentWorkbook.SCORES, AssessmentWorkbook.ANSWERS,
                AssessmentWorkbook.PRIORITIES, AssessmentWorkbook.ACTION_PLAN, AssessmentWorkbook.ABOUT);
        assertFrozenAndFiltered(file, 5);

        List<List<Cell>> scores = rows(file, AssessmentWorkbook.SCORES);
        Perspectives perspectives = Perspectives.of(bank, assessment.respondents(), assessment.answers(),
                assessment.minGroupSize());
        assertScores(of(scores, ReportText.EVERYONE), bank, Scorer.score(bank, assessment.answers()));
        assertScores(of(scores, ReportText.ORGANISATION), bank,
                perspectives.side(Side.ORGANISATION).orElseThrow().card().orElseThrow());
        assertScores(of(scores, ReportText.PEOPLE), bank, perspectives.side(Side.PEOPLE).orElseThrow().card().orElseThrow());

        // Every answer, once, with who gave it and whose side they are on.
        List<List<Cell>> answers = rows(file, AssessmentWorkbook.ANSWERS);
        assertThat(answers).hasSize(1 + assessment.answers().size());
        assertThat(answers.get(0).stream().map(WorkbookTest::text)).startsWith("Respondent", "Name", "Role", "Side");
        for (var answer : assessment.answers()) {
            List<Cell> row = answers.stream().filter(r -> text(r.get(0)).equals(answer.respondent())
                    && text(r.get(5)).equals(answer.question())).findFirst().orElseThrow();
            var respondent = assessment.respondents().stream().filter(r -> r.key().equals(answer.respondent()))
                    .findFirst().orElseThrow();
            assertThat(text(row.get(2))).isEqualTo(respondent.role().label());
            assertThat(text(row.get(3))).isEqualTo(respondent.role().side().map(AssessmentWorkbook::side)
                    .orElse(AssessmentWorkbook.NEITHER_SIDE));
            if (answer.response().filter(r -> r.isLevel()).isPresent()) {
                assertThat(number(row.get(7)).intValue()).isEqualTo(answer.response().get().level());
            }
            assertThat(text(row.get(9))).isEqualTo(answer.note());
        }

        // The priorities' figures, rounded as everywhere.
        ScoreCard card = Scorer.score(bank, assessment.answers());
        List<List<Cell>> priorities = rows(file, AssessmentWorkbook.PRIORITIES);
        assertThat(priorities).hasSize(1 + card.priorities().size());
        for (int i = 0; i < card.priorities().size(); i++) {
            Priority priority = card.priorities().get(i);
            List<Cell> row = priorities.get(i + 1);
            assertThat(text(row.get(1))).isEqualTo(priority.questionId());
            assertThat(number(row.get(4))).isEqualTo(Figures.oneDecimal(priority.level()));
            assertThat(number(row.get(5))).isEqualTo(Figures.oneDecimal(priority.priority()));
        }

        // Dates are date cells: the action's due date and the day it was raised, and the assessment's date.
        List<List<Cell>> plan = rows(file, AssessmentWorkbook.ACTION_PLAN);
        assertThat(text(plan.get(1).get(0))).isEqualTo("Ask the forum");
        assertDate(plan.get(1).get(4), LocalDate.of(2025, 6, 30));
        assertDate(plan.get(1).get(7), assessment.assessedOn());
        List<List<Cell>> about = rows(file, AssessmentWorkbook.ABOUT);
        List<Cell> date = about.stream().filter(r -> text(r.get(0)).equals(ReportText.DATE_LABEL)).findFirst().orElseThrow();
        assertDate(date.get(1), assessment.assessedOn());
    }

    @Test
    void aSideBelowTheSmallestGroupHasNoRowsInTheWorkbook() throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(Path.of("seeds/harbour-lane-2025.json"));
        Assessment assessment = reading.assessment();
        Perspectives perspectives = Perspectives.of(reading.questionnaire(), assessment.respondents(),
                assessment.answers(), assessment.minGroupSize());
        assertThat(perspectives.side(Side.ORGANISATION).orElseThrow().shown()).isFalse();
        Path file = folder.resolve("harbour.xlsx");
        AssessmentWorkbook.write(assessment, reading.questionnaire(), List.of(), TODAY, file);

        List<List<Cell>> scores = rows(file, AssessmentWorkbook.SCORES);
        assertThat(of(scores, ReportText.ORGANISATION)).isEmpty();
        assertThat(scores.stream().skip(1).map(r -> text(r.get(0))).distinct())
                .containsExactly(ReportText.EVERYONE, ReportText.PEOPLE);
        assertScores(of(scores, ReportText.PEOPLE), reading.questionnaire(),
                perspectives.side(Side.PEOPLE).orElseThrow().card().orElseThrow());
        // The details say why, as the report does.
        List<List<Cell>> about = rows(file, AssessmentWorkbook.ABOUT);
        assertThat(about.stream().map(r -> text(r.get(1))))
                .anyMatch(t -> t.contains("so their figures are not shown on their own"));
    }

    @Test
    void theHistoryWorkbookHasARowPerAssessmentWithDatesAsDatesAndTheEnginesScores() throws Exception {
        List<HistoryWorkbook.Entry> entries = new ArrayList<>();
        Questionnaire first = null;
        long id = 1;
        for (String seed : List.of("riverside-2024.json", "riverside-2025.json")) {
            ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(Path.of("seeds", seed));
            Assessment assessment = reading.assessment();
            first = first == null ? reading.questionnaire() : first;
            entries.add(new HistoryWorkbook.Entry(new AssessmentSummary(id++, assessment.organisation(),
                    assessment.questionnaire(), assessment.title(), assessment.assessedOn(), assessment.status()),
                    Scorer.score(reading.questionnaire(), assessment.answers()),
                    Perspectives.of(reading.questionnaire(), assessment.respondents(), assessment.answers(),
                            assessment.minGroupSize())));
        }
        Path file = folder.resolve("history.xlsx");
        HistoryWorkbook.write("Riverside", first.dimensions(), entries, file);
        assertThat(sheetNames(file)).containsExactly(HistoryWorkbook.SCORES, HistoryWorkbook.BANDS);
        assertFrozenAndFiltered(file, 2);

        List<List<Cell>> rows = rows(file, HistoryWorkbook.SCORES);
        assertThat(rows).hasSize(1 + entries.size());
        List<String> headings = rows.get(0).stream().map(WorkbookTest::text).toList();
        for (int i = 0; i < entries.size(); i++) {
            HistoryWorkbook.Entry entry = entries.get(i);
            List<Cell> row = rows.get(i + 1);
            assertDate(row.get(1), entry.summary().assessedOn());
            assertThat(number(row.get(headings.indexOf(ReportText.OVERALL_ROW))))
                    .isEqualTo(Figures.oneDecimal(entry.card().overall().orElseThrow().score()));
            for (Dimension dimension : first.dimensions()) {
                assertThat(number(row.get(headings.indexOf(dimension.title())))).as(dimension.id()).isEqualTo(
                        Figures.oneDecimal(entry.card().dimension(dimension.id()).orElseThrow().score().getAsDouble()));
            }
        }
    }
}
