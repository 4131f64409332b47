package org.coproduction.readiness.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one home of rounding rules (docs/scoring.md, rule 9): scores, levels and priorities are
 * shown and exported rounded half up to one decimal; coverage is exported as a fraction rounded
 * half up to three decimals and shown as "2 of 3 (66.7%)". Everything is computed unrounded;
 * only what people read is rounded.
 */
public final class Figures {
    /** Decimals of an exported coverage fraction: enough to tell 2 of 3 (0.667) from 7 of 10 (0.700). */
    public static final int COVERAGE_DECIMALS = 3;

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

    /**
     * Coverage for export: questions with a level over questions counted, as a fraction rounded
     * half up to three decimals (2 of 3 → 0.667, 1 of 16 → 0.063). Worked from the two counts, not
     * from a double, so that a half is always exactly a half.
     *
     * @throws IllegalArgumentException when nothing was counted: such a dimension has no coverage
     */
    public static BigDecimal coverage(int withLevel, int counted) {
        if (counted <= 0 || withLevel < 0 || withLevel > counted) {
            throw new IllegalArgumentException("coverage needs 0 ≤ " + withLevel + " ≤ " + counted + " and " + counted
                    + " > 0");
        }
        return BigDecimal.valueOf(withLevel).divide(BigDecimal.valueOf(counted), COVERAGE_DECIMALS, RoundingMode.HALF_UP);
    }

    /** A dimension's coverage for export, as {@link #coverage(int, int)}. */
    public static BigDecimal coverage(DimensionScore dimension) {
        return coverage(dimension.questionsWithLevel(), dimension.questionsCounted());
    }

    /**
     * Coverage as people read it: "2 of 3 (66.7%)", the percentage rounded half up to one decimal
     * from the two counts.
     */
    public static String coverageText(int withLevel, int counted) {
        BigDecimal percent = BigDecimal.valueOf(100L * withLevel)
                .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        return withLevel + " of " + counted + " (" + percent.toPlainString() + "%)";
    }

    /** A dimension's coverage as people read it, as {@link #coverageText(int, int)}. */
    public static String coverageText(DimensionScore dimension) {
        return coverageText(dimension.questionsWithLevel(), dimension.questionsCounted());
    }
}
