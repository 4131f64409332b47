package org.coproduction.readiness.scoring;

/**
 * A question worth working on next (docs/scoring.md, rule 7): weight × (4 − mean level), unrounded.
 */
public record Priority(String questionId, String dimensionId, double level, double priority) {
}
