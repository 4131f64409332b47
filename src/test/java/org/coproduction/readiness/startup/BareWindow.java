package org.coproduction.readiness.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark: the least a JavaFX program can do, one window of the
 * program's size with one label, on the same JavaFX jars. It reports when its window is shown
 * the same way the program does.
 */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 760));
        stage.setTitle("Bare window");
        stage.setOnShown(e -> StartupBenchmark.reportShown());
        stage.show();
    }

    /**
     * Started from a class that is not the Application itself, as the program's Main is: with
     * JavaFX on the class path, Java refuses to start an Application subclass directly.
     */
    public static final class Start {
        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
