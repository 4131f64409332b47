package org.coproduction.readiness.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * WCAG 2.2 contrast, worked out from colours as JavaFX resolved them: relative luminance, the
 * ratio of two colours, and the colour a node is actually drawn on (every background behind it,
 * composited, transparent layers included).
 */
final class Contrast {
    /** Text: 4.5 : 1 (success criterion 1.4.3). */
    static final double TEXT = 4.5;
    /** Large text (at least 24 px, or 18.66 px bold): 3 : 1. */
    static final double LARGE_TEXT = 3.0;
    /** Graphics and the parts of controls needed to see them (1.4.11): 3 : 1. */
    static final double GRAPHICS = 3.0;
    /** What the high-contrast theme aims at for text (1.4.6, enhanced contrast). */
    static final double ENHANCED_TEXT = 7.0;

    private Contrast() {
    }

    /** WCAG 2.2 relative luminance of an opaque colour. */
    static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen()) + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(double value) {
        // Rounded to 8 bits first, as the colours are written (#rrggbb).
        double c = Math.round(value * 255) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** (lighter + 0.05) / (darker + 0.05), from 1 to 21. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A colour laid over another, its alpha (and an extra opacity) taken into account. */
    static Color over(Color top, double opacity, Color under) {
        double a = top.getOpacity() * opacity;
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    /** A paint as one colour: a gradient by its first stop (the themes use none for text or backgrounds). */
    static Color colour(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof LinearGradient g) {
            return g.getStops().get(0).getColor();
        }
        if (paint instanceof RadialGradient g) {
            return g.getStops().get(0).getColor();
        }
        return Color.TRANSPARENT;
    }

    /**
     * The colour behind a node: the scene's fill, then every background from the root down to the
     * node's parent (with {@code self}, the node's own too), each laid over what is beneath.
     */
    static Color behind(Node node, boolean self) {
        List<Node> chain = new ArrayList<>();
        for (Node at = self ? node : node.getParent(); at != null; at = at.getParent()) {
            chain.add(0, at);
        }
        Scene scene = node.getScene();
        Color colour = scene != null && scene.getFill() instanceof Color fill && fill.getOpacity() > 0 ? fill : Color.WHITE;
        colour = over(colour, 1, Color.WHITE);
        for (Node at : chain) {
            if (at instanceof Region region && region.getBackground() != null) {
                for (BackgroundFill fill : region.getBackground().getFills()) {
                    if (covers(region, fill.getInsets())) {
                        colour = over(colour(fill.getFill()), region.getOpacity(), colour);
                    }
                }
            }
        }
        return colour;
    }

    /** Whether a background layer reaches the middle of the region (a layer inset past it draws nothing there). */
    private static boolean covers(Region region, Insets insets) {
        return insets.getLeft() + insets.getRight() < region.getWidth() && insets.getTop() + insets.getBottom() < region.getHeight();
    }

    /** The colour a text is drawn in, over what is behind it. */
    static Color fill(Text text) {
        return colour(text.getFill());
    }

    /** Large text in WCAG's sense: 24 px, or 18.66 px and bold. */
    static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase().contains("bold");
        return font.getSize() >= 24 || bold && font.getSize() >= 18.66;
    }

    /** Every node under a root that is showing (it and all its parents visible), in order. */
    static List<Node> showing(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(Node node, List<Node> all) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        all.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, all);
            }
        }
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Where a node is, for a message: its id or class, and those of a few parents. */
    static String where(Node node) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (Node at = node; at != null && depth < 4; at = at.getParent(), depth++) {
            String name = at.getId() != null ? "#" + at.getId()
                    : at.getStyleClass().isEmpty() ? at.getClass().getSimpleName() : "." + String.join(".", at.getStyleClass());
            path.insert(0, depth == 0 ? name : name + " > ");
        }
        return path.toString();
    }
}
