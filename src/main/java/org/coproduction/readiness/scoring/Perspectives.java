package org.coproduction.readiness.scoring;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Whose view is it (docs/scoring.md, perspectives): the organisation's side and the side of the
 * people who use the service and carers, each scored on its own answers by the same rules, so
 * that the people's view is never averaged away; shown only where enough people answered that no
 * one can be picked out. Pure: the same answers always give the same figures.
 *
 * @param minGroupSize the smallest group shown (k)
 */
public record Perspectives(int minGroupSize, List<SideView> sides, List<Gap> gaps, List<DifferentView> differentViews,
                           List<Spread> leastAgreement) {
    /** The smallest group when an assessment names none. */
    public static final int DEFAULT_MIN_GROUP_SIZE = 3;
    public static final int SMALLEST_MIN_GROUP_SIZE = 1;
    public static final int LARGEST_MIN_GROUP_SIZE = 10;
    /** Points between the sides' scores of a dimension from which "you see this differently". */
    public static final double SEEN_DIFFERENTLY = 15;
    /** Difference of mean levels from which a question is a different view. */
    public static final double DIFFERENT_VIEW = 1.0;
    /** Highest minus lowest level from which a question shows little agreement. */
    public static final int LOW_AGREEMENT = 2;
    private static final int LISTED = 5;

    public Perspectives {
        sides = List.copyOf(sides);
        gaps = List.copyOf(gaps);
        differentViews = List.copyOf(differentViews);
        leastAgreement = List.copyOf(leastAgreement);
    }

    /**
     * One side: how many respondents it has, whether it is shown, and (only when shown) its score
     * card over the questions asked of it.
     */
    public record SideView(Side side, int respondents, boolean shown, Optional<ScoreCard> card) {
    }

    /** A dimension both shown sides scored with enough evidence: people minus organisation. */
    public record Gap(String dimensionId, double organisation, double people, double gap) {
        public boolean seenDifferently() {
            return Math.abs(gap) >= SEEN_DIFFERENTLY;
        }
    }

    /** A question the two sides rate at least a level apart: mean of people minus mean of organisation. */
    public record DifferentView(String questionId, double organisation, double people, double difference) {
    }

    /** A question whose levels, over everyone, lie far apart: highest minus lowest. */
    public record Spread(String questionId, int spread, int respondents) {
    }

    public Optional<SideView> side(Side side) {
        return sides.stream().filter(s -> s.side() == side).findFirst();
    }

    /** The perspectives of one assessment's answers. */
    public static Perspectives of(Questionnaire bank, List<Respondent> respondents, List<Answer> answers,
                                  int minGroupSize) {
        if (minGroupSize < SMALLEST_MIN_GROUP_SIZE || minGroupSize > LARGEST_MIN_GROUP_SIZE) {
            throw new IllegalArgumentException("The smallest group must be " + SMALLEST_MIN_GROUP_SIZE + " to "
                    + LARGEST_MIN_GROUP_SIZE + ", not " + minGroupSize);
        }
        Map<String, Side> sideOf = new HashMap<>();
        respondents.forEach(r -> r.role().side().ifPresent(side -> sideOf.put(r.key(), side)));
        List<SideView> sides = new ArrayList<>();
        for (Side side : Side.values()) {
            List<Answer> own = answers.stream().filter(a -> sideOf.get(a.respondent()) == side).toList();
            long members = respondents.stream().filter(r -> r.role().side().equals(Optional.of(side))).count();
            long gaveALevel = own.stream().filter(Perspectives::isLevel).map(Answer::respondent).distinct().count();
            boolean shown = enoughToShow((int) gaveALevel, minGroupSize);
            Optional<ScoreCard> card = shown ? Optional.of(Scorer.score(askedOf(bank, side), own)) : Optional.empty();
            sides.add(new SideView(side, (int) members, shown, card));
        }
        Optional<ScoreCard> organisation = sides.get(Side.ORGANISATION.ordinal()).card();
        Optional<ScoreCard> people = sides.get(Side.PEOPLE.ordinal()).card();
        List<Gap> gaps = organisation.isPresent() && people.isPresent() ? gaps(bank, organisation.get(), people.get())
                : List.of();
        List<DifferentView> views = organisation.isPresent() && people.isPresent()
                ? differentViews(bank, organisation.get(), people.get()) : List.of();
        return new Perspectives(minGroupSize, sides, gaps, views, leastAgreement(bank, answers, minGroupSize));
    }

    /**
     * The bank as one side is asked it: people who use the service and carers are not asked the
     * organisation's questions, and a dimension with none left for them is left out altogether.
     */
    static Questionnaire askedOf(Questionnaire bank, Side side) {
        if (side == Side.ORGANISATION) {
            return bank;
        }
        List<Question> questions = bank.questions().stream().filter(Question::askedOfPeople).toList();
        Set<String> dimensionsLeft = new HashSet<>();
        questions.forEach(q -> dimensionsLeft.add(q.dimension()));
        List<Dimension> dimensions = bank.dimensions().stream().filter(d -> dimensionsLeft.contains(d.id())).toList();
        return new Questionnaire(bank.id(), bank.version(), bank.title(), bank.language(), bank.description(),
                bank.bands(), dimensions, bank.context(), questions, bank.references());
    }

    private static List<Gap> gaps(Questionnaire bank, ScoreCard organisation, ScoreCard people) {
        List<Gap> gaps = new ArrayList<>();
        for (Dimension dimension : bank.dimensions()) {
            Optional<DimensionScore> ours = organisation.dimension(dimension.id()).filter(Perspectives::enough);
            Optional<DimensionScore> theirs = people.dimension(dimension.id()).filter(Perspectives::enough);
            if (ours.isPresent() && theirs.isPresent()) {
                double o = ours.get().score().getAsDouble();
                double p = theirs.get().score().getAsDouble();
                gaps.add(new Gap(dimension.id(), o, p, p - o));
            }
        }
        return gaps;
    }

    /** Scored with coverage of at least a half (the rule that gives a band). */
    private static boolean enough(DimensionScore score) {
        return score.score().isPresent() && score.coverage() >= Scorer.MINIMUM_COVERAGE;
    }

    private static List<DifferentView> differentViews(Questionnaire bank, ScoreCard organisation, ScoreCard people) {
        List<DifferentView> views = new ArrayList<>();
        for (Question question : bank.questions()) {
            OptionalDouble ours = organisation.question(question.id()).map(QuestionResult::level).orElse(OptionalDouble.empty());
            OptionalDouble theirs = people.question(question.id()).map(QuestionResult::level).orElse(OptionalDouble.empty());
            if (ours.isPresent() && theirs.isPresent()) {
                double difference = theirs.getAsDouble() - ours.getAsDouble();
                if (Math.abs(difference) >= DIFFERENT_VIEW) {
                    views.add(new DifferentView(question.id(), ours.getAsDouble(), theirs.getAsDouble(), difference));
                }
            }
        }
        // Largest first; a stable sort keeps questionnaire order for ties.
        views.sort(Comparator.comparingDouble((DifferentView v) -> Math.abs(v.difference())).reversed());
        return views.subList(0, Math.min(LISTED, views.size()));
    }

    private static List<Spread> leastAgreement(Questionnaire bank, List<Answer> answers, int minGroupSize) {
        List<Spread> spreads = new ArrayList<>();
        for (Question question : bank.questions()) {
            List<Integer> levels = answers.stream().filter(a -> a.question().equals(question.id()))
                    .filter(Perspectives::isLevel).map(a -> a.response().orElseThrow().level()).toList();
            if (enoughToShow(levels.size(), minGroupSize) && !levels.isEmpty()) {
                int spread = levels.stream().mapToInt(Integer::intValue).max().getAsInt()
                        - levels.stream().mapToInt(Integer::intValue).min().getAsInt();
                if (spread >= LOW_AGREEMENT) {
                    spreads.add(new Spread(question.id(), spread, levels.size()));
                }
            }
        }
        // Largest first, then more respondents; a stable sort keeps questionnaire order for ties.
        spreads.sort(Comparator.comparingInt(Spread::spread).thenComparingInt(Spread::respondents).reversed());
        return spreads.subList(0, Math.min(LISTED, spreads.size()));
    }

    /**
     * The smallest-group rule (docs/scoring.md, P2): figures drawn from a group are shown only when at
     * least k of its respondents gave a level, so that no one's answers can be picked out. The
     * workshop's projector holds its spread of answers to the same rule.
     */
    public static boolean enoughToShow(int respondentsWhoGaveALevel, int minGroupSize) {
        return respondentsWhoGaveALevel >= minGroupSize;
    }

    private static boolean isLevel(Answer answer) {
        return answer.response().filter(r -> r.isLevel()).isPresent();
    }
}
