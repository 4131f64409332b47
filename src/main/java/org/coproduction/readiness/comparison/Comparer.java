package org.coproduction.readiness.comparison;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.QuestionResult;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The comparison rules of the progress issue, in one place. Two assessments of the same bank
 * compare by dimension and question id, whatever their versions; questions in only one version
 * are listed apart. Assessments of different banks are not compared.
 */
public final class Comparer {
    /** How many most-improved and most-concerning questions to list. */
    public static final int LIST_LENGTH = 5;

    private Comparer() {
    }

    public static Comparison compare(Assessment earlier, Questionnaire earlierBank, Assessment later,
                                     Questionnaire laterBank) throws NotComparableException {
        if (!earlierBank.id().equals(laterBank.id())) {
            throw new NotComparableException("These assessments use different question banks (\"" + earlierBank.title()
                    + "\" and \"" + laterBank.title() + "\"), which ask different questions, so their scores cannot be"
                    + " compared. Compare assessments that use the same question bank.");
        }
        if (earlier.id() != 0 && earlier.id() == later.id()) {
            throw new NotComparableException("An assessment cannot be compared with itself. Choose an earlier one.");
        }
        ScoreCard before = Scorer.score(earlierBank, earlier.answers());
        ScoreCard after = Scorer.score(laterBank, later.answers());

        List<Comparison.DimensionChange> dimensions = new ArrayList<>();
        for (Dimension dimension : laterBank.dimensions()) {
            Optional<DimensionScore> old = before.dimension(dimension.id());
            DimensionScore now = after.dimension(dimension.id()).orElseThrow();
            dimensions.add(new Comparison.DimensionChange(dimension.id(), old.flatMap(d -> value(d.score())),
                    value(now.score()), old.map(DimensionScore::band).orElse(""), now.band()));
        }

        List<Comparison.QuestionChange> questions = new ArrayList<>();
        List<String> onlyLater = new ArrayList<>();
        for (Question question : laterBank.questions()) {
            Optional<QuestionResult> old = before.question(question.id());
            if (old.isEmpty()) {
                onlyLater.add(question.id());
                continue;
            }
            questions.add(new Comparison.QuestionChange(question.id(), question.dimension(), value(old.get().level()),
                    value(after.question(question.id()).orElseThrow().level())));
        }
        List<String> onlyEarlier = earlierBank.questions().stream().map(Question::id)
                .filter(id -> laterBank.question(id).isEmpty()).toList();

        List<Comparison.QuestionChange> changed = questions.stream().filter(q -> q.change().isPresent()).toList();
        // Stable sorts keep questionnaire order among equal changes.
        List<Comparison.QuestionChange> improved = changed.stream().filter(q -> q.change().get() > 0)
                .sorted(Comparator.comparingDouble((Comparison.QuestionChange q) -> q.change().get()).reversed())
                .limit(LIST_LENGTH).toList();
        List<Comparison.QuestionChange> concern = changed.stream().filter(q -> q.change().get() < 0)
                .sorted(Comparator.comparingDouble((Comparison.QuestionChange q) -> q.change().get())
                        .thenComparingDouble(q -> q.after().get()))
                .limit(LIST_LENGTH).toList();

        return new Comparison(earlierBank.version(), laterBank.version(),
                before.overall().map(o -> o.score()), after.overall().map(o -> o.score()), dimensions, questions,
                improved, concern, onlyEarlier, onlyLater);
    }

    private static Optional<Double> value(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }
}
