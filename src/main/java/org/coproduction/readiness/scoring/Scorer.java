package org.coproduction.readiness.scoring;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireReader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scoring rules of docs/scoring.md, and the only place they live. The same rules hold for one
 * respondent or many: each question's level is the mean over respondents.
 */
public final class Scorer {
    /** Below this share of questions with a level, a dimension has insufficient evidence. */
    public static final double MINIMUM_COVERAGE = 0.5;
    /** How many priorities the report lists. */
    public static final int PRIORITY_COUNT = 5;
    public static final String INSUFFICIENT_EVIDENCE = QuestionnaireReader.INSUFFICIENT_EVIDENCE;

    private Scorer() {
    }

    public static ScoreCard score(Questionnaire questionnaire, Collection<Answer> answers) {
        Map<String, List<Response>> byQuestion = new HashMap<>();
        for (Answer answer : answers) {
            answer.response().ifPresent(r -> byQuestion.computeIfAbsent(answer.question(), k -> new ArrayList<>()).add(r));
        }

        List<QuestionResult> results = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            results.add(questionResult(question, byQuestion.getOrDefault(question.id(), List.of())));
        }

        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            dimensions.add(dimensionScore(questionnaire, dimension, results));
        }

        return new ScoreCard(overall(questionnaire, dimensions), dimensions, priorities(questionnaire, results),
                findOut(results), results);
    }

    /** docs/scoring.md, rule 2: the mean level; excluded when the only answers are "not applicable". */
    private static QuestionResult questionResult(Question question, List<Response> responses) {
        int levels = 0;
        int levelSum = 0;
        int notApplicable = 0;
        int dontKnow = 0;
        for (Response response : responses) {
            switch (response.kind()) {
                case LEVEL -> {
                    levels++;
                    levelSum += response.level();
                }
                case NOT_APPLICABLE -> notApplicable++;
                case DONT_KNOW -> dontKnow++;
            }
        }
        OptionalDouble level = levels == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) levelSum / levels);
        boolean excluded = levels == 0 && notApplicable > 0 && notApplicable == responses.size();
        return new QuestionResult(question.id(), question.dimension(), level, excluded, levels, dontKnow);
    }

    /** docs/scoring.md, rules 3 to 5: coverage, weighted score and band of one dimension. */
    private static DimensionScore dimensionScore(Questionnaire questionnaire, Dimension dimension,
                                                 List<QuestionResult> results) {
        Map<String, Question> questions = questionnaire.questionsById();
        int counted = 0;
        int withLevel = 0;
        double weightedLevels = 0;
        double weightedMaximum = 0;
        for (QuestionResult result : results) {
            if (!result.dimensionId().equals(dimension.id()) || result.excluded()) {
                continue;
            }
            counted++;
            if (result.hasLevel()) {
                double weight = questions.get(result.questionId()).weight();
                withLevel++;
                weightedLevels += weight * result.level().getAsDouble();
                weightedMaximum += weight * Question.TOP_LEVEL;
            }
        }
        if (counted == 0) {
            return new DimensionScore(dimension.id(), DimensionStatus.EXCLUDED, OptionalDouble.empty(), 0, "", 0, 0);
        }
        double coverage = (double) withLevel / counted;
        OptionalDouble score = withLevel == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * weightedLevels / weightedMaximum);
        if (coverage < MINIMUM_COVERAGE) {
            return new DimensionScore(dimension.id(), DimensionStatus.INSUFFICIENT_EVIDENCE, score, coverage,
                    INSUFFICIENT_EVIDENCE, counted, withLevel);
        }
        return new DimensionScore(dimension.id(), DimensionStatus.SCORED, score, coverage,
                questionnaire.bandFor(score.getAsDouble()), counted, withLevel);
    }

    /** docs/scoring.md, rule 6: weighted mean of the qualifying dimensions, provisional if any does not qualify. */
    private static Optional<OverallScore> overall(Questionnaire questionnaire, List<DimensionScore> dimensions) {
        double weighted = 0;
        double weights = 0;
        boolean provisional = false;
        for (DimensionScore dimension : dimensions) {
            if (!dimension.qualifies()) {
                provisional = true;
                continue;
            }
            double weight = questionnaire.dimension(dimension.dimensionId()).orElseThrow().weight();
            weighted += weight * dimension.score().getAsDouble();
            weights += weight;
        }
        if (weights == 0) {
            return Optional.empty();
        }
        double score = weighted / weights;
        return Optional.of(new OverallScore(score, questionnaire.bandFor(score), provisional));
    }

    /** docs/scoring.md, rule 7: the five highest w·(4 − L); ties: lower level, then questionnaire order. */
    private static List<Priority> priorities(Questionnaire questionnaire, List<QuestionResult> results) {
        Map<String, Question> questions = questionnaire.questionsById();
        List<Priority> all = new ArrayList<>();
        for (QuestionResult result : results) {
            if (result.hasLevel()) {
                double level = result.level().getAsDouble();
                double weight = questions.get(result.questionId()).weight();
                all.add(new Priority(result.questionId(), result.dimensionId(), level, weight * (Question.TOP_LEVEL - level)));
            }
        }
        // A stable sort keeps questionnaire order for full ties.
        all.sort(Comparator.comparingDouble(Priority::priority).reversed().thenComparingDouble(Priority::level));
        return all.subList(0, Math.min(PRIORITY_COUNT, all.size()));
    }

    /** docs/scoring.md, rule 8: every question someone answered "don't know". */
    private static List<String> findOut(List<QuestionResult> results) {
        return results.stream().filter(r -> r.dontKnows() > 0).map(QuestionResult::questionId).toList();
    }
}
