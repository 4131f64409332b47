package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 contrast in each theme, measured on the real screens: at every stop of the screen tour
 * each piece of text showing is checked against what is drawn behind it (4.5 : 1, large text
 * 3 : 1; the high-contrast theme 7 : 1 and 4.5 : 1), and the borders of fields and boxes, the
 * focus ring, the chart lines, points, key and band edges, the projector's bars and the QR code
 * against theirs (3 : 1). Colours are read as JavaFX resolved them from the themes and app.css,
 * so a colour changed in either is checked where it is used. Each failure names the stop, the
 * node, both colours and the ratio.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest extends WindowTestBase {
    @Start
    void start(Stage stage) throws Exception {
        ScreenTour.loadDemoData(folder.resolve("assessments.db"));
        openWindow(stage);
    }

    @Test
    void lightThemeMeetsAA(FxRobot robot) throws Exception {
        check(robot, Appearance.Theme.LIGHT, Contrast.TEXT, Contrast.LARGE_TEXT);
    }

    @Test
    void darkThemeMeetsAA(FxRobot robot) throws Exception {
        check(robot, Appearance.Theme.DARK, Contrast.TEXT, Contrast.LARGE_TEXT);
    }

    @Test
    void highContrastThemeMeetsAAAForText(FxRobot robot) throws Exception {
        check(robot, Appearance.Theme.HIGH_CONTRAST, Contrast.ENHANCED_TEXT, Contrast.TEXT);
    }

    /** What was measured: every pair, and the failures by what failed (one line each, with the stops). */
    private static final class Findings {
        int pairs;
        double lowest = 21;
        String lowestPair = "";
        final Map<String, Set<String>> failures = new LinkedHashMap<>();

        void pair(String stop, String what, Color fg, Color bg, double needed) {
            double ratio = Contrast.ratio(fg, bg);
            pairs++;
            if (ratio < lowest) {
                lowest = ratio;
                lowestPair = what + " " + Contrast.hex(fg) + " on " + Contrast.hex(bg) + " (" + stop + ")";
            }
            if (ratio < needed) {
                String key = String.format("%s: %s on %s is %.2f : 1, needs %.1f", what, Contrast.hex(fg), Contrast.hex(bg),
                        ratio, needed);
                failures.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(stop);
            }
        }
    }

    private void check(FxRobot robot, Appearance.Theme theme, double text, double largeText) throws Exception {
        ScreenTour tour = ScreenTour.of(robot, this);
        choose(theme);
        Findings findings = new Findings();
        tour.visit(stop -> {
            WaitForAsyncUtils.asyncFx(() -> {
                int i = 0;
                for (Scene scene : stop.scenes()) {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    measure(stop.name(), scene, findings, text, largeText);
                    Snapshots.save(scene, theme.code() + "-" + stop.name() + (i++ == 0 ? "" : "-" + i));
                }
            }).get(30, TimeUnit.SECONDS);
        });
        System.out.printf("Contrast, %s theme: %d pairs measured, lowest %.2f : 1 (%s)%n", theme.code(), findings.pairs,
                findings.lowest, findings.lowestPair);
        List<String> lines = new ArrayList<>();
        findings.failures.forEach((what, stops) -> lines.add(what + "  [" + String.join(", ", stops) + "]"));
        assertThat(lines).as("Colour pairs below WCAG 2.2 in the " + theme.code() + " theme").isEmpty();
        // Back to light for the next test in this JVM.
        choose(Appearance.Theme.LIGHT);
    }

    /** Chooses a theme as a person does, from the View menu (its item fired). */
    private void choose(Appearance.Theme theme) throws Exception {
        runFx(() -> {
            MenuBar bar = (MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (("theme-" + theme.code()).equals(item.getId())) {
                        ((RadioMenuItem) item).fire();
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void measure(String stop, Scene scene, Findings findings, double text, double largeText) {
        List<Node> showing = Contrast.showing(scene.getRoot());
        for (Node node : showing) {
            if (node.isDisabled()) {
                continue;
            }
            if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
                findings.pair(stop, "text " + Contrast.where(owner(t)) + " \"" + shorten(t.getText()) + "\"",
                        Contrast.fill(t), Contrast.behind(t, false), Contrast.large(t.getFont()) ? largeText : text);
            }
            if (isInputBox(node)) {
                Region box = (Region) node;
                edge(box).ifPresent(edge -> findings.pair(stop, "border of " + Contrast.where(box), edge,
                        Contrast.behind(box, false), Contrast.GRAPHICS));
            }
            if (node instanceof Shape shape && isChart(shape)) {
                Color behind = Contrast.behind(shape, false);
                Color stroke = Contrast.colour(shape.getStroke());
                Color fill = Contrast.colour(shape.getFill());
                Color drawn = stroke.getOpacity() > 0 ? stroke : fill;
                drawn = Contrast.over(drawn, shape.getOpacity(), behind);
                findings.pair(stop, "chart " + Contrast.where(shape), drawn, behind, Contrast.GRAPHICS);
                // Lines drawn over shaded zones or everyone's shape must stand out there too.
                for (Color under : underneath(shape, showing)) {
                    findings.pair(stop, "chart " + Contrast.where(shape) + " over a shaded area", Contrast.over(
                            stroke.getOpacity() > 0 ? stroke : fill, shape.getOpacity(), under), under, Contrast.GRAPHICS);
                }
            }
            if (node instanceof Region region && (node.getStyleClass().contains("chart-line-symbol")
                    || node.getStyleClass().contains("projector-bar") || node.getStyleClass().contains("projector-bar-people"))) {
                edge(region).ifPresent(colour -> findings.pair(stop, "chart " + Contrast.where(region), colour,
                        Contrast.behind(region, false), Contrast.GRAPHICS));
            }
            if (node instanceof Canvas canvas && canvas.getAccessibleText() != null
                    && canvas.getAccessibleText().startsWith("QR code")) {
                Color[] darkest = darkestAndLightest(canvas);
                findings.pair(stop, "QR code modules", darkest[0], darkest[1], Contrast.GRAPHICS);
            }
        }
        // The focus ring of what has the keyboard now.
        Node focused = scene.getFocusOwner();
        if (focused instanceof Region region && showing.contains(focused) && !focused.isDisabled()) {
            edge(region).ifPresent(ring -> findings.pair(stop, "focus ring of " + Contrast.where(focused), ring,
                    Contrast.behind(region, false), Contrast.GRAPHICS));
        }
    }

    /** The control a text belongs to (a label's text is named by the label). */
    private static Node owner(Text text) {
        for (Node at = text.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Control) {
                return at;
            }
        }
        return text;
    }

    private static String shorten(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    /** Fields, lists to choose from, spinners, and the boxes of check boxes and radio buttons. */
    private static boolean isInputBox(Node node) {
        List<String> classes = node.getStyleClass();
        if (classes.contains("text-input") && node.getParent() != null
                && node.getParent().getStyleClass().stream().anyMatch(c -> c.equals("combo-box-base") || c.equals("spinner"))) {
            // The field inside a date picker or spinner: the outer control's border is the one seen.
            return false;
        }
        return classes.contains("text-input") || classes.contains("combo-box-base") || classes.contains("spinner")
                || node.getParent() instanceof javafx.scene.control.CheckBox && classes.contains("box")
                || node.getParent() instanceof javafx.scene.control.RadioButton && classes.contains("radio");
    }

    /** The outline of a region: its border's colour, else its outermost background layer (how Primer draws edges). */
    private static java.util.Optional<Color> edge(Region region) {
        if (region.getBorder() != null) {
            for (BorderStroke stroke : region.getBorder().getStrokes()) {
                Color colour = Contrast.colour(stroke.getTopStroke());
                if (colour.getOpacity() > 0 && stroke.getWidths().getTop() > 0) {
                    return java.util.Optional.of(Contrast.over(colour, 1, Contrast.behind(region, false)));
                }
            }
        }
        if (region.getBackground() != null && !region.getBackground().getFills().isEmpty()) {
            for (BackgroundFill fill : region.getBackground().getFills()) {
                Color colour = Contrast.colour(fill.getFill());
                if (colour.getOpacity() > 0) {
                    return java.util.Optional.of(Contrast.over(colour, 1, Contrast.behind(region, false)));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The lines, outlines and points of the charts (not their grid). */
    private static boolean isChart(Shape shape) {
        List<String> classes = shape.getStyleClass();
        return classes.stream().anyMatch(c -> c.equals("chart-series-line") || c.equals("radar-point")
                || c.equals("radar-area") || c.equals("band-edge") || c.startsWith("radar-key")
                || c.equals("radar-organisation") || c.equals("radar-people"));
    }

    /** The shaded areas a chart line is drawn over: the band zones of a trend chart, everyone's shape on the radar. */
    private static List<Color> underneath(Shape shape, List<Node> showing) {
        List<Color> under = new ArrayList<>();
        boolean trend = shape.getStyleClass().contains("chart-series-line");
        boolean outline = shape.getStyleClass().contains("radar-organisation") || shape.getStyleClass().contains("radar-people");
        for (Node node : showing) {
            if (trend && node instanceof Rectangle zone && zone.getStyleClass().contains("band-zone")
                    && zone.getParent() == shape.getParent()) {
                under.add(Contrast.over(Contrast.colour(zone.getFill()), zone.getOpacity(), Contrast.behind(zone, false)));
            }
            if (outline && node instanceof Shape area && area.getStyleClass().contains("radar-area")
                    && area.getParent() == shape.getParent()) {
                under.add(Contrast.over(Contrast.colour(area.getFill()), area.getOpacity(), Contrast.behind(area, false)));
            }
        }
        return under;
    }

    /** The darkest and lightest colour in a picture (a QR code's modules and its ground). */
    private static Color[] darkestAndLightest(Canvas canvas) {
        WritableImage image = canvas.snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        Color darkest = Color.WHITE;
        Color lightest = Color.BLACK;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = pixels.getColor(x, y);
                if (Contrast.luminance(c) < Contrast.luminance(darkest)) {
                    darkest = c;
                }
                if (Contrast.luminance(c) > Contrast.luminance(lightest)) {
                    lightest = c;
                }
            }
        }
        return new Color[] {darkest, lightest};
    }
}
