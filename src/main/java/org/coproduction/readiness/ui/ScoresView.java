package org.coproduction.readiness.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.DimensionStatus;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.ScoreCard;

/**
 * The scores of an assessment: overall readiness and each dimension with its band and coverage.
 * Shown when an assessment is finished and when a finished one is opened.
 */
final class ScoresView extends ScrollPane {
    ScoresView(AssessmentSummary summary, Questionnaire questionnaire, ScoreCard card, Runnable onHome,
               Runnable onReviewAnswers) {
        setFitToWidth(true);
        getStyleClass().add("scores");
        VBox page = new VBox(18);
        page.setPadding(new Insets(24, 32, 32, 32));
        page.setMaxWidth(900);

        Label heading = new Label(summary.organisation().name() + " · " + summary.title());
        heading.getStyleClass().add("step-heading");
        heading.setWrapText(true);
        Label when = new Label("Assessed on " + summary.assessedOn() + " · " + questionnaire.title() + ", version "
                + questionnaire.version() + " · " + (summary.status().code().equals("complete") ? "Complete" : "Draft"));
        when.getStyleClass().add("help-text");

        Label overall = new Label();
        overall.setId("overall-score");
        overall.getStyleClass().add("overall-score");
        Label overallNote = new Label();
        overallNote.setWrapText(true);
        if (card.overall().isPresent()) {
            overall.setText("Overall readiness: " + Figures.show(card.overall().get().score()) + " out of 100 — "
                    + card.overall().get().band() + (card.overall().get().provisional() ? " (provisional)" : ""));
            overallNote.setText(card.overall().get().provisional()
                    ? "Provisional: some sections have too few answers, or none that apply, so they are left out of"
                    + " the overall score."
                    : questionnaire.bands().stream().filter(b -> b.label().equals(card.overall().get().band()))
                    .findFirst().map(b -> b.description()).orElse(""));
        } else {
            overall.setText("No overall score yet");
            overallNote.setText("No section has answers to at least half of its questions. Answer more questions to"
                    + " see a score.");
        }
        overall.setAccessibleText(overall.getText());

        GridPane table = new GridPane();
        table.setId("dimension-scores");
        table.getStyleClass().add("score-table");
        table.setHgap(20);
        table.setVgap(8);
        String[] headers = {"Section", "Kind", "Score", "Band", "Answered"};
        for (int i = 0; i < headers.length; i++) {
            Label header = new Label(headers[i]);
            header.getStyleClass().add("table-header");
            table.add(header, i, 0);
        }
        int row = 1;
        for (DimensionScore score : card.dimensions()) {
            Dimension dimension = questionnaire.dimension(score.dimensionId()).orElseThrow();
            String scoreText = score.score().isPresent() ? Figures.show(score.score().getAsDouble()) : "–";
            String band = score.status() == DimensionStatus.EXCLUDED ? "Not applicable" : score.band();
            String answered = score.status() == DimensionStatus.EXCLUDED ? "–" : Figures.percent(score.coverage());
            Label title = new Label(dimension.title());
            title.setId("score-" + dimension.id());
            table.addRow(row++, title, new Label(dimension.kind() == org.coproduction.readiness.questionnaire.DimensionKind.CAPABILITY ? "Capability" : "Barrier"), new Label(scoreText), new Label(band),
                    new Label(answered));
            title.setAccessibleText(dimension.title() + ": score " + scoreText + ", " + band + ", " + answered + " answered");
        }

        Button home = new Button("Go h_ome");
        home.setId("scores-home");
        home.setOnAction(e -> onHome.run());
        Button review = new Button("_Review answers");
        review.setId("scores-review");
        review.setOnAction(e -> onReviewAnswers.run());
        HBox buttons = new HBox(10, home, review);
        buttons.setAlignment(Pos.CENTER_LEFT);

        page.getChildren().addAll(heading, when, overall, overallNote, table, buttons);
        setContent(page);
    }
}
