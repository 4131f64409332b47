package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduction.readiness.report.PdfReport;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportBuilder;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report on screen for a finished demo assessment, opened from the home screen. */
@ExtendWith(ApplicationExtension.class)
class ReportViewTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private ExchangeReader.Reading reading;

    @Start
    void start(Stage stage) throws Exception {
        reading = new ExchangeReader(LIBRARY).read(Path.of("seeds/riverside-2025.json"));
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            workspace.assessments().add(reading.assessment());
        }
        openWindow(stage);
    }

    @Test
    void aFinishedAssessmentOpensAsItsReportWithTheEnginesScores(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#overall-score").tryQuery().isPresent());
        ScoreCard card = Scorer.score(reading.questionnaire(), reading.assessment().answers());
        assertThat(robot.lookup("#overall-score").queryLabeled().getText())
                .isEqualTo("Overall readiness: " + Figures.show(card.overall().orElseThrow().score()) + " out of 100 — "
                        + card.overall().orElseThrow().band());
        for (var dimension : reading.questionnaire().dimensions()) {
            var score = card.dimension(dimension.id()).orElseThrow();
            assertThat(robot.lookup("#score-" + dimension.id()).queryLabeled().getAccessibleText())
                    .startsWith(dimension.title() + ": score " + Figures.show(score.score().getAsDouble()) + ", "
                            + score.band());
        }
        RadarChart radar = robot.lookup("#radar-chart").queryAs(RadarChart.class);
        assertThat(radar.getAccessibleText()).contains("1. " + reading.questionnaire().dimensions().get(0).title());
        // Seven rings-and-spokes shapes and a dot per scored dimension are drawn.
        assertThat(radar.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("radar-point")))
                .hasSize(7);
        String priority = card.priorities().get(0).questionId();
        assertThat(robot.lookup("#priority-" + priority).tryQuery()).isPresent();
        assertThat(text(robot.lookup(".report-view").queryParent())).contains("Find out").contains("References")
                .contains("How the scores were worked out").contains("Where you placed yourselves");
    }

    /** The screen and the PDF take their headings from one place (ReportText) and show them in the same order. */
    @Test
    void theScreenAndThePdfShowTheSameHeadings(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#overall-score").tryQuery().isPresent());
        List<String> onScreen = new ArrayList<>();
        headings(robot.lookup(".report-view").queryParent(), onScreen);

        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), LocalDate.now());
        assertThat(onScreen).isEqualTo(ReportText.headings(report)).contains(ReportText.PRIORITIES, ReportText.METHOD);

        Path pdf = folder.resolve("report.pdf");
        PdfReport.write(report, pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        int at = 0;
        for (String heading : onScreen) {
            int found = text.indexOf(heading.replaceAll("\\s+", ""), at);
            assertThat(found).as("\"" + heading + "\" in the PDF after the previous heading").isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    /** The report's title and part headings on screen, in the order they are laid out. */
    private static void headings(Node node, List<String> found) {
        if (node instanceof Labeled labeled && (node.getStyleClass().contains("step-heading")
                || node.getStyleClass().contains("report-heading"))) {
            found.add(labeled.getText());
        }
        if (node instanceof ScrollPane scroll) {
            // Its content once, not again through the scroll pane's own parts.
            if (scroll.getContent() != null) {
                headings(scroll.getContent(), found);
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> headings(child, found));
        }
    }
}
