package org.coproduction.readiness.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Shown when the database is empty: what the program does, and two ways to begin. */
final class WelcomeView extends VBox {
    private final Button start = new Button("_Start my first assessment");
    private final Button demo = new Button("E_xplore the demo data");
    private final ProgressIndicator working = new ProgressIndicator();

    WelcomeView(Runnable onStart, Runnable onDemo) {
        getStyleClass().add("welcome");
        setSpacing(18);
        setPadding(new Insets(48, 56, 48, 56));
        setMaxWidth(860);
        Label heading = new Label("Welcome to Co-production Readiness");
        heading.getStyleClass().add("welcome-heading");
        Fit.wrapping(heading);
        Label what = paragraph("Find out how ready your organisation is to co-produce its services with the people who use"
                + " them: working together as equal partners to design, run and improve what you do.");
        Label how = paragraph("A guided self-assessment asks about seven areas: four capabilities your organisation needs"
                + " and three barriers that often get in the way. You get a scored readiness report with the next steps"
                + " that matter most, and you can repeat it later to see what changed.");
        Label safe = paragraph("It takes about 45 minutes, can be done over several sittings, and every answer is saved as"
                + " you give it. Your answers stay on this computer unless you export them.");
        start.setId("welcome-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setAccessibleHelp("Add your organisation and start an assessment");
        demo.setId("welcome-demo");
        demo.setAccessibleHelp("Load a made-up organisation with assessments over three years, to look around");
        start.setOnAction(e -> onStart.run());
        demo.setOnAction(e -> onDemo.run());
        working.setVisible(false);
        working.setPrefSize(24, 24);
        // The two ways to begin sit side by side while there is room, and one under the other at large text.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(12, 12, Fit.whole(start), Fit.whole(demo),
                working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, what, how, safe, buttons);
    }

    void showWorking(boolean busy) {
        working.setVisible(busy);
        start.setDisable(busy);
        demo.setDisable(busy);
    }

    void focusStart() {
        start.requestFocus();
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        Fit.wrapping(label);
        label.getStyleClass().add("paragraph");
        return label;
    }
}
