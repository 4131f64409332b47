package org.coproduction.readiness.ui;

import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.LaunchSettings;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.store.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The program as it starts and stops, and the text size and theme it remembers. */
@ExtendWith(ApplicationExtension.class)
class StartAndAppearanceTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void textSizeChangesWithTheKeyboardAndIsRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "welcome-start"));
        String before = stage.getScene().getRoot().getStyle();
        assertThat(before).contains("-fx-font-size: " + Appearance.DEFAULT + "px");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: " + (Appearance.DEFAULT + 4) + "px");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preferences.getInt("textSize", 0)).isEqualTo(Appearance.DEFAULT + 2);
        // The next start reads it back.
        assertThat(new Appearance(preferences).textSizeProperty().get()).isEqualTo(Appearance.DEFAULT + 2);
    }

    @Test
    void theDarkThemeIsRemembered() throws Exception {
        Appearance appearance = new Appearance(preferences);
        runFx(() -> appearance.themeProperty().set(Appearance.Theme.DARK));
        assertThat(new Appearance(preferences).themeProperty().get()).isEqualTo(Appearance.Theme.DARK);
        runFx(() -> appearance.themeProperty().set(Appearance.Theme.LIGHT));
    }

    /** Someone who chose dark before there was a choice of three keeps it. */
    @Test
    void anEarlierChoiceOfDarkIsKept() {
        MemoryPreferences earlier = new MemoryPreferences();
        earlier.putBoolean("dark", true);
        assertThat(new Appearance(earlier).themeProperty().get()).isEqualTo(Appearance.Theme.DARK);
    }

    /**
     * The window is up before the question banks are read and the database is opened: the first
     * frame waits for neither (how fast that is, StartupBenchmark measures).
     */
    @Test
    void theWindowShowsBeforeTheBanksAreReadAndTheDatabaseOpened(FxRobot robot) throws Exception {
        closeWindow();
        CountDownLatch banksWanted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<QuestionnaireLibrary> slowBanks = () -> {
            banksWanted.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return QuestionnaireLibrary.load(List.of());
        };
        runFx(() -> {
            window = new MainWindow(stage, new Appearance(preferences), new Background(), slowBanks,
                    folder.resolve("slow.db"));
            stage.show();
            window.openDatabase();
        });
        assertThat(banksWanted.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(text(stage.getScene().getRoot())).contains("Opening your assessments");
        assertThat(robot.lookup("#welcome-start").tryQuery()).isEmpty();

        release.countDown();
        waitUntil(() -> robot.lookup("#welcome-start").tryQuery().isPresent());
    }

    @Test
    void theProgramOpensItsOwnDatabaseAndReleasesItWhenClosed() throws Exception {
        closeWindow();
        Path file = folder.resolve("started.db");
        DesktopApp app = (DesktopApp) FxToolkit.setupApplication(() -> new DesktopApp(new LaunchSettings(file,
                List.of()), MemoryPreferences::new));
        waitUntil(() -> FxToolkit.toolkitContext().getRegisteredStage().isShowing()
                && new FxRobot().lookup("#welcome-start").tryQuery().isPresent());
        assertThat(file).exists();

        FxToolkit.cleanupApplication(app);
        // Once stopped, the database is closed and the window lock released: another copy can open it.
        try (FileChannel channel = FileChannel.open(Path.of(file + ".lock"), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }

    // Tests keep away from the user's own settings and data -------------------------------------

    @Test
    void theWindowTestsRememberTheirSettingsInMemoryOnly() {
        assertThat(preferences).isInstanceOf(MemoryPreferences.class);
        assertThat(window).isNotNull();
    }

    /**
     * Whatever a test run might still reach of Java's preferences or the data folder (the program
     * started here is given in-memory preferences and its own database) lies under target: the
     * build points both there. Fails if a test run would read or write the user's own.
     */
    @Test
    void theProgramsPreferencesAndDataFolderAreTheTestRunsOwn() throws Exception {
        String testPreferences = System.getProperty("test.preferences.root");
        String testData = System.getProperty("test.data.root");
        assertThat(testPreferences).as("run by Maven, which sets the test folders").isNotBlank();
        assertThat(System.getProperty("java.util.prefs.userRoot")).isEqualTo(testPreferences);
        boolean mac = System.getProperty("os.name", "").toLowerCase().contains("mac");
        if (!mac) {
            Path dataFolder = DataFolder.folder(System.getenv());
            assertThat(dataFolder.startsWith(Path.of(testData))).as(dataFolder.toString()).isTrue();
        }
        Preferences root = Preferences.userRoot();
        if (root.getClass().getName().equals("java.util.prefs.FileSystemPreferences")) {
            // Linux and other Unix systems: the file-based store is in the test folder.
            Preferences probe = root.node("coproduction-readiness-isolation-probe");
            probe.putLong("at", System.nanoTime());
            probe.flush();
            try {
                assertThat(Path.of(testPreferences, ".java", ".userPrefs", "coproduction-readiness-isolation-probe", "prefs.xml"))
                        .isRegularFile();
            } finally {
                probe.removeNode();
                root.flush();
            }
        }
    }
}
