package org.coproduction.readiness.scoring;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coproduction.readiness.scoring.TestBanks.dontKnow;
import static org.coproduction.readiness.scoring.TestBanks.level;
import static org.coproduction.readiness.scoring.TestBanks.notApplicable;

/** Each rule of spec section 4, tested from its own words. */
class ScorerTest {
    private static final double EXACT = 1e-9;

    private static DimensionScore dimension(ScoreCard card, String id) {
        return card.dimension(id).orElseThrow();
    }

    @Nested
    class Rule1QuestionLevel {
        @Test
        void theLevelIsTheMeanOfTheLevelsRespondentsGave() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r1", "q", 1), level("r2", "q", 2), level("r3", "q", 4)));
            // (1 + 2 + 4) / 3 respondents = 7/3
            assertThat(card.question("q").orElseThrow().level().getAsDouble()).isCloseTo(7.0 / 3, within(EXACT));
        }

        @Test
        void dontKnowAndNotApplicableDoNotPullTheMeanDown() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r1", "q", 3), dontKnow("r2", "q"), notApplicable("r3", "q")));
            // Only r1 gave a level: 3 / 1 = 3; "don't know" and "not applicable" are not levels.
            assertThat(card.question("q").orElseThrow().level().getAsDouble()).isEqualTo(3.0);
            assertThat(card.question("q").orElseThrow().excluded()).isFalse();
        }

        @Test
        void aQuestionEveryoneCalledNotApplicableIsExcluded() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").question("p", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(notApplicable("r1", "q"), notApplicable("r2", "q"), level("r1", "p", 2)));
            assertThat(card.question("q").orElseThrow().excluded()).isTrue();
            // Excluded questions do not count against coverage: p has a level, 1 of 1 countable = 1.0.
            assertThat(dimension(card, "d").coverage()).isEqualTo(1.0);
        }

        @Test
        void notApplicableBesideDontKnowIsNotExcludedButHasNoEvidence() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").question("p", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(notApplicable("r1", "q"), dontKnow("r2", "q"), level("r1", "p", 2)));
            QuestionResult q = card.question("q").orElseThrow();
            assertThat(q.excluded()).isFalse();
            assertThat(q.hasLevel()).isFalse();
            // q counts but has no level, p has one: 1 of 2 = 0.5.
            assertThat(dimension(card, "d").coverage()).isEqualTo(0.5);
        }

        @Test
        void anUnansweredQuestionHasNoEvidenceAndIsNotExcluded() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").question("p", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r1", "p", 4)));
            assertThat(card.question("q").orElseThrow().excluded()).isFalse();
            assertThat(card.question("q").orElseThrow().hasLevel()).isFalse();
            // p has a level, q none: 1 of 2 = 0.5.
            assertThat(dimension(card, "d").coverage()).isEqualTo(0.5);
        }

        @Test
        void aNoteWithoutAResponseCountsAsUnanswered() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").build();
            Answer noteOnly = new Answer("r1", "q", Optional.empty(), "ask the team", true);
            ScoreCard card = Scorer.score(bank, List.of(noteOnly));
            assertThat(card.question("q").orElseThrow().hasLevel()).isFalse();
            assertThat(dimension(card, "d").status()).isEqualTo(DimensionStatus.INSUFFICIENT_EVIDENCE);
        }
    }

    @Nested
    class Rule2Dimension {
        @Test
        void scoreIsHundredTimesWeightedLevelsOverFourTimesWeights() {
            Questionnaire bank = new TestBanks().dimension("d", 1)
                    .question("q1", "d", 1, false).question("q2", "d", 3, false).build();
            ScoreCard card = Scorer.score(bank, List.of(level("r", "q1", 4), level("r", "q2", 1)));
            // 100 × (1·4 + 3·1) / (4·1 + 4·3) = 700 / 16
            assertThat(dimension(card, "d").score().getAsDouble()).isCloseTo(43.75, within(EXACT));
        }

        @Test
        void questionsWithoutALevelAreLeftOutOfBothSums() {
            Questionnaire bank = new TestBanks().dimension("d", 1)
                    .question("q1", "d").question("q2", "d").question("q3", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r", "q1", 2), level("r", "q2", 3), dontKnow("r", "q3")));
            // q3 ("don't know") is in neither sum: 100 × (1·2 + 1·3) / (4·1 + 4·1) = 500 / 8 = 62.5;
            // coverage: 2 of 3 questions have a level.
            assertThat(dimension(card, "d").score().getAsDouble()).isCloseTo(62.5, within(EXACT));
            assertThat(dimension(card, "d").coverage()).isCloseTo(2.0 / 3, within(EXACT));
        }

        @Test
        void fractionalMeanLevelsAreUsedUnrounded() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(level("a", "q", 1), level("b", "q", 1), level("c", "q", 2)));
            // mean (1 + 1 + 2) / 3 = 4/3 → 100 × (4/3) / 4 = 100/3 = 33.3…, in Emerging (25 to 50)
            assertThat(dimension(card, "d").score().getAsDouble()).isCloseTo(100.0 / 3, within(EXACT));
            assertThat(dimension(card, "d").band()).isEqualTo("Emerging");
        }

        @Test
        void theBandIsTheLastWhoseMinimumTheScoreReaches() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").build();
            assertThat(dimension(Scorer.score(bank, List.of(level("r", "q", 0))), "d").band()).isEqualTo("Starting");
            assertThat(dimension(Scorer.score(bank, List.of(level("r", "q", 1))), "d").band()).isEqualTo("Emerging");
            assertThat(dimension(Scorer.score(bank, List.of(level("r", "q", 2))), "d").band()).isEqualTo("Developing");
            assertThat(dimension(Scorer.score(bank, List.of(level("r", "q", 3))), "d").band()).isEqualTo("Embedded");
            assertThat(dimension(Scorer.score(bank, List.of(level("r", "q", 4))), "d").band()).isEqualTo("Embedded");
        }

        @Test
        void coverageBelowOneHalfGivesInsufficientEvidence() {
            Questionnaire bank = new TestBanks().dimension("d", 1)
                    .question("q1", "d").question("q2", "d").question("q3", "d").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r", "q1", 4)));
            DimensionScore d = dimension(card, "d");
            // 1 of 3 questions has a level (1/3 < 1/2); the score is still worked out: 100 × 4 / 4 = 100.
            assertThat(d.coverage()).isCloseTo(1.0 / 3, within(EXACT));
            assertThat(d.band()).isEqualTo("Insufficient evidence");
            assertThat(d.status()).isEqualTo(DimensionStatus.INSUFFICIENT_EVIDENCE);
            assertThat(d.score().getAsDouble()).isEqualTo(100.0);
        }

        @Test
        void coverageOfExactlyOneHalfIsEnough() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q1", "d").question("q2", "d").build();
            DimensionScore d = dimension(Scorer.score(bank, List.of(level("r", "q1", 2))), "d");
            // 1 of 2 = 0.5, enough; 100 × 2 / 4 = 50, the start of Developing.
            assertThat(d.coverage()).isEqualTo(0.5);
            assertThat(d.status()).isEqualTo(DimensionStatus.SCORED);
            assertThat(d.band()).isEqualTo("Developing");
        }

        @Test
        void aDimensionWhoseQuestionsAreAllNotApplicableIsExcluded() {
            Questionnaire bank = new TestBanks().dimension("d", 1).dimension("e", 1)
                    .question("q1", "d").question("q2", "d").question("p", "e").build();
            ScoreCard card = Scorer.score(bank, List.of(notApplicable("r", "q1"), notApplicable("r", "q2"), level("r", "p", 4)));
            assertThat(dimension(card, "d").status()).isEqualTo(DimensionStatus.EXCLUDED);
            assertThat(dimension(card, "d").score()).isEmpty();
        }
    }

    @Nested
    class Rule3Overall {
        @Test
        void overallIsTheWeightedMeanOfQualifyingDimensions() {
            Questionnaire bank = new TestBanks().dimension("d", 1).dimension("e", 3)
                    .question("q", "d").question("p", "e").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r", "q", 4), level("r", "p", 2)));
            // (1·100 + 3·50) / 4
            assertThat(card.overall().orElseThrow().score()).isCloseTo(62.5, within(EXACT));
            assertThat(card.overall().orElseThrow().band()).isEqualTo("Developing");
            assertThat(card.overall().orElseThrow().provisional()).isFalse();
        }

        @Test
        void dimensionsBelowHalfCoverageAreLeftOutAndMakeItProvisional() {
            Questionnaire bank = new TestBanks().dimension("d", 1).dimension("e", 1)
                    .question("q", "d").question("p1", "e").question("p2", "e").question("p3", "e").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r", "q", 1), level("r", "p1", 4)));
            // d: 100 × 1 / 4 = 25, coverage 1; e: coverage 1/3 < 1/2, left out. Overall = 1·25 / 1 = 25.
            assertThat(card.overall().orElseThrow().score()).isCloseTo(25.0, within(EXACT));
            assertThat(card.overall().orElseThrow().provisional()).isTrue();
        }

        @Test
        void anExcludedDimensionMakesItProvisional() {
            Questionnaire bank = new TestBanks().dimension("d", 1).dimension("e", 1)
                    .question("q", "d").question("p", "e").build();
            ScoreCard card = Scorer.score(bank, List.of(level("r", "q", 3), notApplicable("r", "p")));
            // d: 100 × 3 / 4 = 75; e excluded. Overall = 1·75 / 1 = 75.
            assertThat(card.overall().orElseThrow().score()).isCloseTo(75.0, within(EXACT));
            assertThat(card.overall().orElseThrow().provisional()).isTrue();
        }

        @Test
        void nothingAnsweredGivesNoOverallScore() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").build();
            ScoreCard card = Scorer.score(bank, List.of());
            assertThat(card.overall()).isEmpty();
            assertThat(dimension(card, "d").band()).isEqualTo("Insufficient evidence");
            assertThat(dimension(card, "d").score()).isEmpty();
            assertThat(card.priorities()).isEmpty();
            assertThat(card.findOut()).isEmpty();
        }

        @Test
        void overallUsesUnroundedDimensionScores() {
            Questionnaire bank = new TestBanks().dimension("d", 1).dimension("e", 2)
                    .question("q", "d").question("p", "e").build();
            // d: mean (1+1+2)/3 = 4/3 → 33.333…; e: mean (3+3+2)/3 = 8/3 → 66.666…
            List<Answer> answers = List.of(level("a", "q", 1), level("b", "q", 1), level("c", "q", 2),
                    level("a", "p", 3), level("b", "p", 3), level("c", "p", 2));
            ScoreCard card = Scorer.score(bank, answers);
            // (1·100/3 + 2·200/3) / 3 = 500/9 = 55.555…; from the rounded 33.3 and 66.7 it would be
            // (33.3 + 133.4) / 3 = 55.5666…, so this tells them apart (weights 1 and 1 did not: both gave 50).
            assertThat(card.overall().orElseThrow().score()).isCloseTo(500.0 / 9, within(EXACT));
        }
    }

    @Nested
    class Rule4Priorities {
        @Test
        void priorityIsWeightTimesFourMinusLevelAndTheTopFiveAreListed() {
            TestBanks banks = new TestBanks().dimension("d", 1);
            for (int i = 1; i <= 7; i++) {
                banks.question("q" + i, "d", i == 7 ? 3 : 1, false);
            }
            Questionnaire bank = banks.build();
            List<Answer> answers = List.of(level("r", "q1", 4), level("r", "q2", 3), level("r", "q3", 2),
                    level("r", "q4", 1), level("r", "q5", 0), level("r", "q6", 2), level("r", "q7", 2));
            List<Priority> priorities = Scorer.score(bank, answers).priorities();
            assertThat(priorities).extracting(Priority::questionId).containsExactly("q7", "q5", "q4", "q3", "q6");
            // weight × (4 − level): q7 3·(4−2) = 6, q5 1·4 = 4, q4 1·3 = 3, q3 and q6 1·2 = 2 (same level:
            // bank order), q2 1·1 = 1, q1 0; the top five.
            assertThat(priorities.get(0).priority()).isEqualTo(6.0);
        }

        @Test
        void tiesGoToTheLowerLevelFirst() {
            Questionnaire bank = new TestBanks().dimension("d", 1)
                    .question("heavy", "d", 2, false).question("light", "d", 1, false).build();
            // heavy: 2·(4−3) = 2 at level 3; light: 1·(4−2) = 2 at level 2 → light first
            List<Priority> priorities = Scorer.score(bank, List.of(level("r", "heavy", 3), level("r", "light", 2))).priorities();
            assertThat(priorities).extracting(Priority::questionId).containsExactly("light", "heavy");
        }

        @Test
        void fullTiesKeepQuestionnaireOrder() {
            Questionnaire bank = new TestBanks().dimension("d", 1)
                    .question("first", "d").question("second", "d").question("third", "d").build();
            List<Answer> answers = List.of(level("r", "third", 1), level("r", "second", 1), level("r", "first", 1));
            assertThat(Scorer.score(bank, answers).priorities()).extracting(Priority::questionId)
                    .containsExactly("first", "second", "third");
        }

        @Test
        void onlyQuestionsWithALevelArePriorities() {
            Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").question("p", "d").build();
            List<Priority> priorities = Scorer.score(bank, List.of(dontKnow("r", "q"), level("r", "p", 3))).priorities();
            assertThat(priorities).extracting(Priority::questionId).containsExactly("p");
        }
    }

    @Nested
    class Rule5FindOut {
        @Test
        void everyQuestionWithDontKnowFromAnyRespondentIsListedInQuestionnaireOrder() {
            Questionnaire bank = new TestBanks().dimension("d", 1)
                    .question("q1", "d").question("q2", "d").question("q3", "d").build();
            List<Answer> answers = List.of(dontKnow("b", "q3"), level("a", "q3", 4), level("a", "q1", 2), dontKnow("a", "q2"));
            assertThat(Scorer.score(bank, answers).findOut()).containsExactly("q2", "q3");
        }
    }

    @Nested
    class Rule6Rounding {
        @Test
        void figuresAreRoundedHalfUpToOneDecimal() {
            assertThat(Figures.show(62.45)).isEqualTo("62.5");
            assertThat(Figures.show(62.449)).isEqualTo("62.4");
            assertThat(Figures.show(43.75)).isEqualTo("43.8");
            assertThat(Figures.show(100.0 / 3)).isEqualTo("33.3");
            assertThat(Figures.show(200.0 / 3)).isEqualTo("66.7");
            assertThat(Figures.show(0.05)).isEqualTo("0.1");
            assertThat(Figures.show(50)).isEqualTo("50.0");
            assertThat(Figures.coverageText(2, 3)).isEqualTo("2 of 3 (66.7%)");
        }
    }

    @Test
    void oneRespondentOrManyFollowTheSameRules() {
        Questionnaire bank = new TestBanks().dimension("d", 1).question("q", "d").question("p", "d").build();
        ScoreCard one = Scorer.score(bank, List.of(level("r", "q", 2), level("r", "p", 3)));
        ScoreCard many = Scorer.score(bank, List.of(level("a", "q", 1), level("b", "q", 3), level("a", "p", 3),
                level("b", "p", 3)));
        assertThat(many.dimension("d").orElseThrow().score().getAsDouble())
                .isEqualTo(one.dimension("d").orElseThrow().score().getAsDouble());
    }
}
