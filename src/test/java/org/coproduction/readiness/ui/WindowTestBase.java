package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;

/**
 * What the window tests share: a real database file in a temporary folder, the real question
 * banks, a main window built the way the program builds it, and ways to wait and look.
 */
abstract class WindowTestBase {
    @TempDir
    Path folder;

    Path databaseFile;
    Stage stage;
    MainWindow window;
    /** The window's theme and text size, so a test can change them as the View menu does. */
    Appearance appearance;
    Preferences preferences;

    /** Builds the window as DesktopApp does, on a test database and test preferences. */
    void openWindow(Stage stage) {
        this.stage = stage;
        databaseFile = folder.resolve("assessments.db");
        // Preferences held in memory: a test never reads or writes the user's own settings.
        preferences = new MemoryPreferences();
        appearance = new Appearance(preferences);
        appearance.applyTheme();
        window = new MainWindow(stage, appearance, new Background(), () -> QuestionnaireLibrary.load(List.of()), databaseFile);
        stage.show();
        window.openDatabase();
    }

    /** Closes the window the way the program stops: every queued save is written first. */
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.hide();
            window.shutDown();
        }).get(30, TimeUnit.SECONDS);
    }

    /** Starts the program again on the same database, in the same stage. */
    void reopenWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            appearance = new Appearance(preferences);
            window = new MainWindow(stage, appearance, new Background(),
                    () -> QuestionnaireLibrary.load(List.of()), databaseFile);
            stage.show();
            window.openDatabase();
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Preferences that live only as long as the test: the same API as the user's, no file, no
     * registry. What a window test remembers (text size, theme) stays here.
     */
    static final class MemoryPreferences extends AbstractPreferences {
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, MemoryPreferences> children = new HashMap<>();

        MemoryPreferences() {
            this(null, "");
        }

        private MemoryPreferences(MemoryPreferences parent, String name) {
            super(parent, name);
        }

        @Override
        protected void putSpi(String key, String value) {
            values.put(key, value);
        }

        @Override
        protected String getSpi(String key) {
            return values.get(key);
        }

        @Override
        protected void removeSpi(String key) {
            values.remove(key);
        }

        @Override
        protected void removeNodeSpi() {
            values.clear();
        }

        @Override
        protected String[] keysSpi() {
            return values.keySet().toArray(String[]::new);
        }

        @Override
        protected String[] childrenNamesSpi() {
            return children.keySet().toArray(String[]::new);
        }

        @Override
        protected AbstractPreferences childSpi(String name) {
            return children.computeIfAbsent(name, n -> new MemoryPreferences(this, n));
        }

        @Override
        protected void syncSpi() {
        }

        @Override
        protected void flushSpi() {
        }
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Waited 20 s in vain; focus is on " + focusOwner(null) + "; windows: "
                    + Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot().toString())
                    .toList(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node that has the keyboard focus in the window that is in front. */
    static Node focusOwner(FxRobot robot) {
        // The newest showing window is in front: a dialog if one is open, else the main window.
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
        for (int i = showing.size() - 1; i >= 0; i--) {
            if (showing.get(i).getScene() != null && showing.get(i).getScene().getFocusOwner() != null) {
                return showing.get(i).getScene().getFocusOwner();
            }
        }
        return null;
    }

    /**
     * Waits for a dialog and gives it the keyboard. A desktop's window manager does that when a
     * dialog opens; the headless test platform only does it on a click, so the test clicks the
     * dialog's heading (which takes no focus itself) as the window manager would.
     */
    static void waitForDialog(FxRobot robot) throws Exception {
        waitUntil(() -> Window.getWindows().stream().filter(Window::isShowing).count() > 1);
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
        Node heading = showing.get(showing.size() - 1).getScene().getRoot().lookup(".header-panel");
        robot.clickOn(heading);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** After a dialog closes, the main window gets the keyboard back (as the window manager does). */
    static void backToMainWindow(FxRobot robot, String idToClick) throws Exception {
        waitUntil(() -> Window.getWindows().stream().filter(Window::isShowing).count() == 1);
        robot.clickOn("#" + idToClick);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node is inside a parent with the given id. */
    static boolean isInside(Node node, String id) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (id.equals(at.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Presses Tab until the focus is inside the node with the given id (as a keyboard user does). */
    static void tabInto(FxRobot robot, String id) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (isInside(focusOwner(robot), id)) {
                return;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached " + id + "; focus is on " + focusOwner(robot));
    }

    /** Presses Tab until the focused control's id starts with the prefix. */
    static void tabTo(FxRobot robot, String idPrefix) {
        for (int i = 0; i < 60; i++) {
            Node focused = focusOwner(robot);
            if (focused != null && focused.getId() != null && focused.getId().startsWith(idPrefix)) {
                return;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached " + idPrefix + "; focus is on " + focusOwner(robot));
    }

    /** Alt and a letter: the mnemonic of a button. */
    static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T extends Node> Optional<T> find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).tryQueryAs(type);
    }

    /** Rows of a query on the database file, read with a separate connection as another program would. */
    List<String> rows(String query) throws Exception {
        return TestDatabase.rows(databaseFile, query);
    }

    static void runFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    /** The text of every labelled node in every window showing (notices and dialogs too). */
    static String allWindowsText() {
        StringBuilder all = new StringBuilder();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                all.append(text(window.getScene().getRoot()));
            }
        }
        return all.toString();
    }

    static String text(Parent root) {
        StringBuilder all = new StringBuilder();
        collect(root, all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            all.append(labeled.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, all);
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), all);
        }
    }
}
