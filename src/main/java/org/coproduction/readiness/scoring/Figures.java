package org.coproduction.readiness.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Spec 4.6: figures are shown and exported rounded half up to one decimal. */
public final class Figures {
    private Figures() {
    }

    /** Rounds half up to one decimal, on the number as it prints (so 62.45 becomes 62.5). */
    public static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** The rounded figure as text, "62.5". */
    public static String show(double value) {
        return oneDecimal(value).toPlainString();
    }

    /** A fraction shown as a percentage, rounded the same way: 0.6667 becomes "66.7%". */
    public static String percent(double fraction) {
        return show(fraction * 100) + "%";
    }
}
