package org.coproduction.readiness.ui;

import javafx.scene.control.Labeled;
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

    /** Never narrower than its text: for buttons, labels before a field, dates and figures. */
    static <T extends Region> T whole(T region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }
}
