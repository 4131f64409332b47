package org.coproduction.readiness.ui;

import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.coproduction.readiness.cli.CommandLine;
import org.coproduction.readiness.service.LaunchSettings;
import org.coproduction.readiness.store.DataFolder;

import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * The window program and its composition root: it creates the services once and passes them by
 * hand, on the database file and question banks that {@code Main} chose from the command line.
 */
public final class DesktopApp extends Application {
    /** A system property that makes the program print "window-shown" once its window shows. */
    static final String STARTUP_PROBE = "coproduction.readiness.startupProbe";

    /** Handed over by {@link #launch(LaunchSettings)}: JavaFX creates this class itself, so it cannot be given them. */
    private static volatile LaunchSettings handed;

    private MainWindow window;

    /** Opens the window on these settings and returns when it closes. */
    public static void launch(LaunchSettings settings) {
        handed = settings;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        Appearance appearance = new Appearance(Preferences.userNodeForPackage(DesktopApp.class));
        appearance.applyTheme();
        LaunchSettings settings = settings();
        window = new MainWindow(stage, appearance, new Background(), settings::library, settings.databaseFile());
        for (int size : new int[] {32, 64, 256}) {
            stage.getIcons().add(new Image(DesktopApp.class.getResource("icon-" + size + ".png").toExternalForm()));
        }
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            // For the start-up benchmark: say when the window is on screen.
            stage.setOnShown(e -> System.out.println("window-shown"));
        }
        stage.show();
        window.openDatabase();
    }

    /**
     * The settings Main handed over; when JavaFX started this class on its own (tests, an IDE),
     * those read by the command line's parser from the words it was started with.
     */
    private LaunchSettings settings() {
        if (handed != null) {
            return handed;
        }
        Map<String, String> environment = System.getenv();
        return CommandLine.windowSettings(getParameters().getRaw(), environment)
                .orElseGet(() -> new LaunchSettings(DataFolder.databaseFile(null, environment),
                        List.of(DataFolder.questionnaireFolder(environment))));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutDown();
        }
    }
}
