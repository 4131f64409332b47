package org.coproduction.readiness.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.coproduction.readiness.service.LaunchSettings;

import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/**
 * The window program and its composition root: it creates the services once and passes them by
 * hand, on the database file and question banks that {@code Main} chose from the command line.
 *
 * <p>Start-up shows the window first and does everything the first frame does not need after it:
 * the question banks are read and the database opened on the database thread, the icons are set
 * once the window is up (measured by StartupBenchmark).
 */
public final class DesktopApp extends Application {
    /** A system property that makes the program print "window-shown" once its window shows. */
    static final String STARTUP_PROBE = "coproduction.readiness.startupProbe";

    /** Handed over by {@link #launch(LaunchSettings)}: JavaFX creates this class itself, so it cannot be given them. */
    private static volatile LaunchSettings handed;

    private final LaunchSettings settings;
    private final Supplier<Preferences> preferences;
    private MainWindow window;

    /** Used by JavaFX: the settings {@code Main} handed over, else the user's own database. */
    public DesktopApp() {
        this(handed != null ? handed : LaunchSettings.of(null, List.of(), System.getenv()));
    }

    DesktopApp(LaunchSettings settings) {
        this(settings, () -> Preferences.userNodeForPackage(DesktopApp.class));
    }

    /** With preferences of the caller's choosing: tests never touch the user's own. */
    DesktopApp(LaunchSettings settings, Supplier<Preferences> preferences) {
        this.settings = settings;
        this.preferences = preferences;
    }

    /**
     * Starts loading, on the second core, the classes of JavaFX and of the first screen while the
     * main thread reads the command line. They are only loaded, not initialised: nothing of JavaFX
     * starts and nothing is read or written, so a command that runs without a window is not
     * affected but for the spare core's time.
     */
    public static void prepareInBackground() {
        Thread preparing = new Thread(() -> {
            ClassLoader loader = DesktopApp.class.getClassLoader();
            for (String name : startupClasses()) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // Only a head start: a class that cannot be loaded now is loaded when needed.
                }
            }
        }, "preparing-window");
        preparing.setDaemon(true);
        preparing.start();
    }

    /** The classes the first window needs, in the order it loads them (startup-classes.txt says how it was made). */
    private static List<String> startupClasses() {
        try (var in = DesktopApp.class.getResourceAsStream("startup-classes.txt")) {
            return in == null ? List.of() : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** Opens the window on these settings and returns when it closes. */
    public static void launch(LaunchSettings settings) {
        handed = settings;
        // The window is certain now: its preferences (text size, theme) are read on the second
        // core while JavaFX starts. Never before, so a command never touches them.
        Thread preferences = new Thread(() -> Preferences.userNodeForPackage(DesktopApp.class).getInt("textSize", 0),
                "reading-preferences");
        preferences.setDaemon(true);
        preferences.start();
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        Appearance appearance = new Appearance(preferences.get());
        appearance.applyTheme();
        window = new MainWindow(stage, appearance, new Background(), settings::library, settings.databaseFile());
        window.openFoldersWith(folder -> getHostServices().showDocument(folder.toUri().toString()));
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            // For the start-up benchmark: say when the window is on screen.
            stage.setOnShown(e -> System.out.println("window-shown"));
        }
        stage.show();
        window.openDatabase();
        Platform.runLater(() -> {
            for (int size : new int[] {32, 64, 256}) {
                stage.getIcons().add(new Image(DesktopApp.class.getResource("icon-" + size + ".png").toExternalForm()));
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutDown();
        }
    }
}
