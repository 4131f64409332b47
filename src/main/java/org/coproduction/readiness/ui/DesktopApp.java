package org.coproduction.readiness.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.coproduction.readiness.AppInfo;

/** The window. For now it says what is coming; the wizard replaces this. */
public final class DesktopApp extends Application {
    @Override
    public void start(Stage stage) {
        Label title = new Label(AppInfo.NAME);
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Label text = new Label("Assess how ready your organisation is to co-produce its services with the people who"
                + " use them. The guided assessment is coming soon; the command line already imports, scores and"
                + " exports assessments.");
        text.setWrapText(true);
        VBox root = new VBox(16, title, text);
        root.setPadding(new Insets(32));
        stage.setTitle(AppInfo.NAME);
        stage.setScene(new Scene(root, 720, 480));
        stage.show();
    }
}
