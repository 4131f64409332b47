package org.coproduction.readiness.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Everything scoring says about one assessment, in questionnaire order.
 *
 * @param overall  empty when no dimension qualifies
 * @param findOut  ids of the questions someone answered "don't know", in questionnaire order
 */
public record ScoreCard(Optional<OverallScore> overall, List<DimensionScore> dimensions, List<Priority> priorities,
                        List<String> findOut, List<QuestionResult> questions) {
    public ScoreCard {
        dimensions = List.copyOf(dimensions);
        priorities = List.copyOf(priorities);
        findOut = List.copyOf(findOut);
        questions = List.copyOf(questions);
    }

    public Optional<DimensionScore> dimension(String dimensionId) {
        return dimensions.stream().filter(d -> d.dimensionId().equals(dimensionId)).findFirst();
    }

    public Optional<QuestionResult> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }
}
