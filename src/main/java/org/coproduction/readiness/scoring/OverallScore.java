package org.coproduction.readiness.scoring;

/**
 * Overall readiness (docs/scoring.md, rule 6), unrounded.
 *
 * @param provisional true when any dimension is excluded or has less than half coverage
 */
public record OverallScore(double score, String band, boolean provisional) {
}
