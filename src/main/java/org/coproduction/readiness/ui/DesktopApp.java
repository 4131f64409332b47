package org.coproduction.readiness.ui;

import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.store.DataFolder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

/**
 * The window program and its composition root: it creates the services once and passes them by
 * hand. {@code --db FILE} and {@code --questionnaires DIR} work as on the command line.
 */
public final class DesktopApp extends Application {
    /** A system property that makes the program print "window-shown" once its window shows. */
    static final String STARTUP_PROBE = "coproduction.readiness.startupProbe";

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> environment = System.getenv();
        List<String> words = getParameters().getRaw();
        String db = null;
        List<Path> folders = new ArrayList<>();
        folders.add(DataFolder.questionnaireFolder(environment));
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("--db")) {
                db = words.get(i + 1);
            } else if (words.get(i).equals("--questionnaires")) {
                folders.add(Path.of(words.get(i + 1)));
            }
        }
        Appearance appearance = new Appearance(Preferences.userNodeForPackage(DesktopApp.class));
        appearance.applyTheme();
        window = new MainWindow(stage, appearance, new Background(), QuestionnaireLibrary.load(folders),
                DataFolder.databaseFile(db, environment));
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

    @Override
    public void stop() {
        if (window != null) {
            window.shutDown();
        }
    }
}
