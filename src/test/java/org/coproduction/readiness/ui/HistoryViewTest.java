package org.coproduction.readiness.ui;

import javafx.scene.chart.LineChart;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.comparison.Comparer;
import org.coproduction.readiness.comparison.Comparison;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo organisation's history and a comparison of its last two finished assessments. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private final List<Assessment> riverside = new ArrayList<>();
    /** The bank each assessment answers (2023 is on version 1.0.0, the later ones on 2.0.0). */
    private final List<Questionnaire> banks = new ArrayList<>();
    private Questionnaire bank;

    @Start
    void start(Stage stage) throws Exception {
        ExchangeReader reader = new ExchangeReader(LIBRARY);
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            for (String seed : List.of("riverside-2023", "riverside-2024", "riverside-2025")) {
                ExchangeReader.Reading reading = reader.read(Path.of("seeds", seed + ".json"));
                riverside.add(reading.assessment());
                banks.add(reading.questionnaire());
                bank = reading.questionnaire();
                workspace.assessments().add(reading.assessment());
            }
        }
        openWindow(stage);
    }

    @Test
    void theHistoryShowsEveryAssessmentAndTheComparisonMatchesTheRules(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        // The organisation is selected: Alt+Y opens its history.
        alt(robot, KeyCode.Y);
        waitUntil(() -> robot.lookup("#history-chart").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        LineChart<String, Number> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(1 + bank.dimensions().size());
        assertThat(chart.getData().get(0).getName()).isEqualTo("Overall readiness");
        assertThat(chart.getData().get(0).getData()).extracting(d -> d.getXValue())
                .containsExactly("2023-03-14", "2024-03-12", "2025-03-18");
        // The overall scores the scoring rules give each assessment, on the bank it answered.
        List<String> overall = new ArrayList<>();
        for (int i = 0; i < riverside.size(); i++) {
            overall.add(Figures.show(org.coproduction.readiness.scoring.Scorer.score(banks.get(i),
                    riverside.get(i).answers()).overall().orElseThrow().score()));
        }
        assertThat(chart.getAccessibleText()).contains("2023-03-14 " + overall.get(0)).contains("2024-03-12 "
                + overall.get(1)).contains("2025-03-18 " + overall.get(2));
        String table = text(robot.lookup("#history-table").queryParent());
        assertThat(table).contains(overall.get(0)).contains(overall.get(1)).contains(overall.get(2));

        // The gap between the sides over time: 2024 and 2025 had both sides shown, 2023 did not.
        String gaps = text(robot.lookup("#history-gaps").queryParent());
        org.coproduction.readiness.scoring.Perspectives.Gap partnership = org.coproduction.readiness.scoring.Perspectives
                .of(banks.get(2), riverside.get(2).respondents(), riverside.get(2).answers(), 3).gaps().stream()
                .filter(g -> g.dimensionId().equals("partnership")).findFirst().orElseThrow();
        assertThat(gaps).contains("2024-03-12").contains("2025-03-18").doesNotContain("2023-03-14")
                .contains(Figures.show(partnership.gap()) + " !");

        // By default the last two are compared. The button is below the fold now that the key to the
        // areas wraps instead of being cut: its letter, Alt+C, presses it, as a keyboard user would.
        alt(robot, KeyCode.C);
        waitUntil(() -> robot.lookup("#compare-overall").tryQuery().isPresent());
        Comparison expected = Comparer.compare(riverside.get(1), bank, riverside.get(2), bank);
        assertThat(robot.lookup("#compare-overall").queryLabeled().getText()).isEqualTo("Overall readiness: "
                + Figures.show(expected.overallBefore().orElseThrow()) + " then, "
                + Figures.show(expected.overallAfter().orElseThrow()) + " now (+"
                + Figures.show(expected.overallChange().orElseThrow()) + ")");
        Comparison.DimensionChange network = expected.dimensions().stream()
                .filter(d -> d.dimensionId().equals("network")).findFirst().orElseThrow();
        assertThat(robot.lookup("#change-network").queryLabeled().getAccessibleText())
                .contains(Figures.show(network.before().orElseThrow()) + " to " + Figures.show(network.after().orElseThrow()))
                .contains("change " + Figures.show(network.change().orElseThrow()));
        // The two sides' gap per area, then (2024) and now (2025), as the rules give them.
        String sides = text(robot.lookup("#compare-gaps").queryParent());
        for (int i = 1; i <= 2; i++) {
            org.coproduction.readiness.scoring.Perspectives.Gap gap = org.coproduction.readiness.scoring.Perspectives
                    .of(banks.get(i), riverside.get(i).respondents(), riverside.get(i).answers(), 3).gaps().stream()
                    .filter(g -> g.dimensionId().equals("partnership")).findFirst().orElseThrow();
            assertThat(sides).contains((gap.gap() > 0 ? "+" : "") + Figures.show(gap.gap()));
        }
        // The network slipped back after the link worker left: it is among the questions of most concern.
        assertThat(expected.mostConcern()).isNotEmpty();
        for (Comparison.QuestionChange concern : expected.mostConcern()) {
            assertThat(robot.lookup("#concern-" + concern.questionId()).tryQuery()).isPresent();
        }
        for (Comparison.QuestionChange improved : expected.mostImproved()) {
            assertThat(robot.lookup("#improved-" + improved.questionId()).tryQuery()).isPresent();
        }
    }

    @Test
    void theHistoryIsSavedAsOneWorkbookFromItsScreen(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        alt(robot, KeyCode.Y);
        waitUntil(() -> robot.lookup("#history-export").tryQuery().isPresent());
        assertThat(robot.lookup("#history-export").queryButton().isDisabled()).isFalse();
        // The button opens a file chooser, which a test cannot answer: the same call, with the file chosen.
        java.nio.file.Path saved = folder.resolve("riverside-history.xlsx");
        org.coproduction.readiness.assessment.Organisation stored = riverside.get(0).organisation().withId(organisationId());
        runFx(() -> window.exportHistory(stored, saved));
        waitUntil(() -> allWindowsText().contains("History saved as an Excel workbook"));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                saved.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            // A heading row, then the three assessments in date order.
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(rows.get(1).getCell(1).asDate().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 3, 14));
            assertThat(rows.get(3).getCell(1).asDate().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 3, 18));
        }
    }

    private long organisationId() throws Exception {
        return Long.parseLong(rows("SELECT id FROM organisation").get(0));
    }
}
