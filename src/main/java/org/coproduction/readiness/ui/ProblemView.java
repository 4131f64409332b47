package org.coproduction.readiness.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Shown in place of the home screen when the database cannot be used: what happened, what to do. */
final class ProblemView extends VBox {
    ProblemView(String heading, String message, Runnable tryAgain, Runnable chooseAnother, Runnable quit) {
        getStyleClass().add("problem-view");
        setSpacing(16);
        setPadding(new Insets(48, 56, 48, 56));
        setMaxWidth(860);
        Label title = new Label(heading);
        title.getStyleClass().add("welcome-heading");
        title.setWrapText(true);
        Label text = new Label(message);
        text.setId("problem-message");
        text.setWrapText(true);
        text.getStyleClass().add("paragraph");
        Label safe = new Label("Nothing has been changed or lost.");
        safe.setWrapText(true);
        Button again = new Button("_Try again");
        again.setId("problem-retry");
        again.setDefaultButton(true);
        again.setOnAction(e -> tryAgain.run());
        Button other = new Button("_Open another database file…");
        other.setOnAction(e -> chooseAnother.run());
        Button close = new Button("_Quit");
        close.setOnAction(e -> quit.run());
        getChildren().addAll(title, text, safe, new HBox(10, again, other, close));
    }
}
