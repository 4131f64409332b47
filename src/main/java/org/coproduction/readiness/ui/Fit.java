package org.coproduction.readiness.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;

/**
 * The two rules that keep text whole on a small screen at large text (issue 14): a sentence wraps
 * and is given the height its lines need, and a short word (a button, a label before a field, a
 * figure) is never narrowed below its own width, the row holding it wraps or scrolls instead.
 */
final class Fit {
    private Fit() {
    }

    /** Wraps onto as many lines as it needs; a row or column never squeezes it shorter than that. */
    static <T extends Labeled> T wrapping(T labeled) {
        labeled.setWrapText(true);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
        return labeled;
    }

    /**
     * A table that may be wider than the page (many columns at a large text size) scrolls sideways
     * on its own, so the page itself stays as wide as the window and its sentences still wrap. The
     * table keeps its whole width; a little room under it keeps the scroll bar off its last row.
     */
    static ScrollPane sideways(Region table) {
        VBox room = new VBox(table);
        room.setPadding(new Insets(0, 0, 14, 0));
        ScrollPane scroller = new ScrollPane(room);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setMinWidth(0);
        scroller.setMinHeight(Region.USE_PREF_SIZE);
        scroller.setFocusTraversable(false);
        scroller.getStyleClass().addAll("edge-to-edge", "sideways");
        return scroller;
    }

    /** Never narrower than its text: for buttons, labels before a field, dates and figures. */
    static <T extends Region> T whole(T region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }
}
