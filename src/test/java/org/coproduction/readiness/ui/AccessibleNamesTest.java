package org.coproduction.readiness.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a screen reader and a keyboard user meet on every screen (every ScreenTour stop): each
 * control the keyboard can reach has a name; the charts say their figures; the wizard's levels
 * are announced by their words; and Tab never puts the focus on something out of sight.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest extends WindowTestBase {
    /** Presses of Tab on each screen: more than any screen has controls, so the walk goes round. */
    private static final int PRESSES = 60;

    @Start
    void start(Stage stage) throws Exception {
        ScreenTour.loadDemoData(folder.resolve("assessments.db"));
        openWindow(stage);
    }

    @Test
    void everyScreenNamesItsControlsAndKeepsTheFocusInSight(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        int[] controls = {0};
        List<String> walked = new ArrayList<>();
        ScreenTour.of(robot, this).visit(stop -> {
            WaitForAsyncUtils.asyncFx(() -> {
                for (Scene scene : stop.scenes()) {
                    for (Node node : Contrast.showing(scene.getRoot())) {
                        if (reachable(node)) {
                            controls[0]++;
                            if (name(node, scene).isBlank()) {
                                problems.add(stop.name() + ": no accessible name for " + Contrast.where(node));
                            }
                        }
                        if (node instanceof RadioButton level && level.getId() != null && level.getId().startsWith("level-")) {
                            String words = level.getText().replaceFirst("^\\d+\\s+", "");
                            if (level.getAccessibleText() == null || !level.getAccessibleText().contains(words)) {
                                problems.add(stop.name() + ": level choice " + level.getId() + " is not announced by its words");
                            }
                        }
                    }
                }
                chartsSayTheirFigures(stop, problems);
            }).get(30, TimeUnit.SECONDS);
            if (tabThrough(robot, stop, problems)) {
                walked.add(stop.name());
            }
        });
        System.out.println("Accessible names: " + controls[0] + " reachable controls checked; Tab pressed until the"
                + " focus came round (at most " + PRESSES + " times) on " + walked);
        assertThat(problems).isEmpty();
        // The walk reached the screens and the dialogs, not only the first window.
        assertThat(walked).contains("home", "wizard-review", "report", "history", "action-plan", "dialog-action");
    }

    /** A control the keyboard can reach: focus traversable, showing and enabled. */
    private static boolean reachable(Node node) {
        return node instanceof Control && node.isFocusTraversable() && !node.isDisabled() && !(node instanceof Label)
                && !(node instanceof ScrollPane);
    }

    /** The name a screen reader gives a control, by the rules JavaFX follows. */
    static String name(Node node, Scene scene) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().replace("_", "").isBlank()) {
            return labeled.getText();
        }
        for (Node other : Contrast.showing(scene.getRoot())) {
            if (other instanceof Label label && label.getLabelFor() == node && label.getText() != null
                    && !label.getText().isBlank()) {
                return label.getText();
            }
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            return input.getPromptText();
        }
        if (node instanceof ComboBoxBase<?> box && box.getPromptText() != null) {
            return box.getPromptText();
        }
        return "";
    }

    /** The radar and the trend chart tell a screen reader what they show, figure by figure. */
    private static void chartsSayTheirFigures(ScreenTour.Stop stop, List<String> problems) {
        Node main = stop.scenes().get(0).getRoot();
        if (stop.name().equals("report")) {
            Node radar = main.lookup("#radar-chart");
            String said = radar == null ? null : radar.getAccessibleText();
            if (said == null || !said.startsWith("Radar chart") || !said.matches(".*\\d+(\\.\\d)?.*")) {
                problems.add("report: the radar chart does not state its figures: " + said);
            }
            for (Node title : main.lookupAll("#dimension-scores > .label")) {
                if (title.getId() != null && title.getId().startsWith("score-") && said != null
                        && !said.contains(((Label) title).getText())) {
                    problems.add("report: the radar chart's description leaves out " + ((Label) title).getText());
                }
            }
        }
        if (stop.name().equals("history")) {
            javafx.scene.chart.LineChart<?, ?> chart = (javafx.scene.chart.LineChart<?, ?>) main.lookup("#history-chart");
            String said = chart.getAccessibleText();
            for (javafx.scene.chart.XYChart.Series<?, ?> series : chart.getData()) {
                if (said == null || !said.contains(series.getName() + ":")) {
                    problems.add("history: the trend chart's description leaves out " + series.getName());
                }
                for (javafx.scene.chart.XYChart.Data<?, ?> point : series.getData()) {
                    String figure = org.coproduction.readiness.scoring.Figures.show(((Number) point.getYValue()).doubleValue());
                    if (said == null || !said.contains(point.getXValue() + " " + figure)) {
                        problems.add("history: the trend chart's description leaves out " + series.getName() + " "
                                + point.getXValue() + " " + figure);
                    }
                }
            }
        }
    }

    /**
     * Presses Tab round the window in front, as a keyboard user does: the focus must always be on
     * something showing, inside the window and inside the part of each scrolled pane in view.
     */
    private boolean tabThrough(FxRobot robot, ScreenTour.Stop stop, List<String> problems) throws Exception {
        Scene front = stop.scenes().get(stop.scenes().size() - 1);
        if (front.getRoot().lookup(".header-panel") != null) {
            // A dialog: the window manager gives it the keyboard; the test platform needs a click.
            robot.clickOn(front.getRoot().lookup(".header-panel"));
        }
        if (!front.getWindow().isFocused()) {
            return false;
        }
        java.util.Set<Node> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < PRESSES; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = WaitForAsyncUtils.asyncFx(front::getFocusOwner).get(10, TimeUnit.SECONDS);
            String wrong = WaitForAsyncUtils.asyncFx(() -> outOfSight(focused)).get(10, TimeUnit.SECONDS);
            if (wrong != null) {
                problems.add(stop.name() + ", Tab " + (i + 1) + ": " + wrong);
                return true;
            }
            if (focused != null && !visited.add(focused)) {
                // Round once: every control Tab reaches has been seen, so more presses see nothing new.
                return true;
            }
        }
        return true;
    }

    /** Why the focused node cannot be seen, or null when it can. */
    static String outOfSight(Node focused) {
        if (focused == null) {
            return null;
        }
        for (Node at = focused; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() == 0) {
                return "the focus is on " + Contrast.where(focused) + ", which is hidden";
            }
        }
        Bounds inScene = focused.localToScene(focused.getLayoutBounds());
        Scene scene = focused.getScene();
        if (inScene.getMaxX() <= 0 || inScene.getMaxY() <= 0 || inScene.getMinX() >= scene.getWidth()
                || inScene.getMinY() >= scene.getHeight()) {
            return "the focus is on " + Contrast.where(focused) + ", outside the window at " + inScene;
        }
        for (Node at = focused.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.lookup(".viewport") instanceof javafx.scene.layout.Region viewport) {
                Bounds view = viewport.localToScene(viewport.getLayoutBounds());
                if (!view.intersects(inScene)) {
                    return "the focus is on " + Contrast.where(focused) + ", scrolled out of view at " + inScene
                            + " (view " + view + ")";
                }
            }
        }
        return null;
    }
}
