package org.coproduction.readiness.scoring;

import java.util.OptionalDouble;

/**
 * One question across all respondents (docs/scoring.md, rule 2).
 *
 * @param level       the mean of the levels given, empty when nobody gave a level
 * @param excluded    everyone who answered said "not applicable" and nobody gave a level
 * @param levelsGiven how many respondents gave a level
 * @param dontKnows   how many respondents said "don't know"
 */
public record QuestionResult(String questionId, String dimensionId, OptionalDouble level, boolean excluded,
                             int levelsGiven, int dontKnows) {
    public boolean hasLevel() {
        return level.isPresent();
    }
}
