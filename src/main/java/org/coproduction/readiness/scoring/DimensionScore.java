package org.coproduction.readiness.scoring;

import java.util.OptionalDouble;

/**
 * A dimension's result (docs/scoring.md, rules 3 to 5).
 *
 * @param score    0 to 100, unrounded; empty when excluded or when no question has a level
 * @param coverage share of its counted questions that have a level, 0 to 1 (0 when excluded)
 * @param band     band label, "Insufficient evidence" below half coverage, empty when excluded
 */
public record DimensionScore(String dimensionId, DimensionStatus status, OptionalDouble score, double coverage,
                             String band, int questionsCounted, int questionsWithLevel) {
    /** True when the dimension counts towards overall readiness. */
    public boolean qualifies() {
        return status == DimensionStatus.SCORED;
    }
}
