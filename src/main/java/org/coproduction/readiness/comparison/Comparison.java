package org.coproduction.readiness.comparison;

import java.util.List;
import java.util.Optional;

/**
 * What changed between an earlier and a later assessment of the same question bank. Scores are
 * unrounded; empty where one side has no score.
 *
 * @param onlyEarlier questions of the earlier version that the later one no longer asks
 * @param onlyLater   questions new in the later version
 */
public record Comparison(String earlierVersion, String laterVersion, Optional<Double> overallBefore,
                         Optional<Double> overallAfter, List<DimensionChange> dimensions,
                         List<QuestionChange> questions, List<QuestionChange> mostImproved,
                         List<QuestionChange> mostConcern, List<String> onlyEarlier, List<String> onlyLater) {

    /** One dimension before and after. */
    public record DimensionChange(String dimensionId, Optional<Double> before, Optional<Double> after,
                                  String bandBefore, String bandAfter) {
        public Optional<Double> change() {
            return before.isPresent() && after.isPresent() ? Optional.of(after.get() - before.get()) : Optional.empty();
        }

        public boolean bandChanged() {
            return !bandBefore.equals(bandAfter);
        }
    }

    /** One question (asked in both) before and after: mean levels 0 to 4. */
    public record QuestionChange(String questionId, String dimensionId, Optional<Double> before,
                                 Optional<Double> after) {
        public Optional<Double> change() {
            return before.isPresent() && after.isPresent() ? Optional.of(after.get() - before.get()) : Optional.empty();
        }
    }

    public Optional<Double> overallChange() {
        return overallBefore.isPresent() && overallAfter.isPresent()
                ? Optional.of(overallAfter.get() - overallBefore.get()) : Optional.empty();
    }
}
