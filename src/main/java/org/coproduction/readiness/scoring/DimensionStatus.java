package org.coproduction.readiness.scoring;

/** How a dimension stands after scoring (docs/scoring.md, rules 3, 5 and 6). */
public enum DimensionStatus {
    /** Enough evidence: the score counts towards overall readiness. */
    SCORED,
    /** Fewer than half of its questions have a level: shown, but not counted. */
    INSUFFICIENT_EVIDENCE,
    /** Every question was answered "not applicable": nothing to score. */
    EXCLUDED
}
