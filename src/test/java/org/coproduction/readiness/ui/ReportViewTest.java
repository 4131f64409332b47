package org.coproduction.readiness.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
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
}
