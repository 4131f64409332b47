package org.coproduction.readiness.comparison;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Band;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.DimensionKind;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The comparison rules: same bank, different versions of it, different banks. */
class ComparerTest {
    private static Questionnaire bank(String id, String version, String... questionIds) {
        List<Question> questions = new ArrayList<>();
        for (String q : questionIds) {
            questions.add(new Question(q, q.startsWith("a") ? "alpha" : "beta", q + "?",
                    List.of("0", "1", "2", "3", "4"), 1, false, "", List.of(), List.of()));
        }
        return new Questionnaire(id, version, id, "en", "", List.of(new Band(0, "Low", ""), new Band(50, "High", "")),
                List.of(new Dimension("alpha", "Alpha", DimensionKind.CAPABILITY, 1, "", List.of(), Map.of()),
                        new Dimension("beta", "Beta", DimensionKind.BARRIER, 1, "", List.of(), Map.of())),
                List.of(), questions, List.of());
    }

    private static Assessment assessment(long id, Questionnaire bank, LocalDate date, int... levels) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            answers.add(Answer.of("r1", bank.questions().get(i).id(), Response.level(levels[i])));
        }
        return new Assessment(id, new Organisation(1, "Org", "", ""), new QuestionnaireRef(bank.id(), bank.version()),
                "Assessment " + id, date, AssessmentStatus.COMPLETE, Map.of(),
                List.of(new Respondent("r1", Role.MANAGER, "")), answers);
    }

    @Test
    void theSameBankComparesEveryDimensionAndQuestion() throws Exception {
        Questionnaire bank = bank("b", "1.0.0", "a1", "a2", "b1", "b2");
        Assessment before = assessment(1, bank, LocalDate.of(2024, 1, 1), 1, 1, 3, 3);
        Assessment after = assessment(2, bank, LocalDate.of(2025, 1, 1), 3, 2, 3, 1);
        Comparison comparison = Comparer.compare(before, bank, after, bank);

        // Every question weighs 1, so a dimension's score is 100 × (sum of levels) / (4 × questions).
        // alpha (a1, a2): before 100 × (1 + 1) / 8 = 25, after 100 × (3 + 2) / 8 = 62.5, change +37.5;
        // 25 is in Low (0 to 50), 62.5 in High (50 up).
        // beta (b1, b2): before 100 × (3 + 3) / 8 = 75, after 100 × (3 + 1) / 8 = 50, change −25.
        // Overall (dimension weights 1 and 1): before (25 + 75) / 2 = 50, after (62.5 + 50) / 2 = 56.25,
        // change +6.25. Questions: a1 +2, a2 +1, b1 0, b2 −2.
        Comparison.DimensionChange alpha = comparison.dimensions().get(0);
        assertThat(alpha.before()).contains(25.0);
        assertThat(alpha.after()).contains(62.5);
        assertThat(alpha.change().orElseThrow()).isCloseTo(37.5, within(1e-9));
        assertThat(alpha.bandBefore()).isEqualTo("Low");
        assertThat(alpha.bandAfter()).isEqualTo("High");
        assertThat(alpha.bandChanged()).isTrue();
        Comparison.DimensionChange beta = comparison.dimensions().get(1);
        assertThat(beta.change().orElseThrow()).isCloseTo(-25.0, within(1e-9));
        // 75 to 50 stays in the band that starts at 50.
        assertThat(beta.bandChanged()).isFalse();

        assertThat(comparison.mostImproved()).extracting(Comparison.QuestionChange::questionId).containsExactly("a1", "a2");
        assertThat(comparison.mostConcern()).extracting(Comparison.QuestionChange::questionId).containsExactly("b2");
        assertThat(comparison.overallChange().orElseThrow()).isCloseTo(6.25, within(1e-9));
        assertThat(comparison.onlyEarlier()).isEmpty();
        assertThat(comparison.onlyLater()).isEmpty();
    }

    @Test
    void differentVersionsOfOneBankCompareByQuestionIdAndListTheRestApart() throws Exception {
        Questionnaire old = bank("b", "1.0.0", "a1", "a2", "b1");
        Questionnaire changed = bank("b", "1.1.0", "a1", "a3", "b1");
        Assessment before = assessment(1, old, LocalDate.of(2024, 1, 1), 2, 4, 1);
        Assessment after = assessment(2, changed, LocalDate.of(2025, 1, 1), 3, 0, 1);
        Comparison comparison = Comparer.compare(before, old, after, changed);
        assertThat(comparison.earlierVersion()).isEqualTo("1.0.0");
        assertThat(comparison.laterVersion()).isEqualTo("1.1.0");
        assertThat(comparison.questions()).extracting(Comparison.QuestionChange::questionId).containsExactly("a1", "b1");
        assertThat(comparison.onlyEarlier()).containsExactly("a2");
        assertThat(comparison.onlyLater()).containsExactly("a3");
        assertThat(comparison.mostImproved()).extracting(Comparison.QuestionChange::questionId).containsExactly("a1");
        // a3 is new: it does not count as a fall from a2's level 4.
        assertThat(comparison.mostConcern()).isEmpty();
    }

    @Test
    void assessmentsOfDifferentBanksAreNotComparedWithAClearReason() {
        Questionnaire one = bank("one", "1.0.0", "a1", "b1");
        Questionnaire other = bank("other", "1.0.0", "a1", "b1");
        assertThatThrownBy(() -> Comparer.compare(assessment(1, one, LocalDate.of(2024, 1, 1), 1, 1), one,
                assessment(2, other, LocalDate.of(2025, 1, 1), 2, 2), other))
                .isInstanceOf(NotComparableException.class)
                .hasMessageContaining("different question banks").hasMessageContaining("cannot be compared");
    }

    @Test
    void anAssessmentIsNotComparedWithItself() {
        Questionnaire bank = bank("b", "1.0.0", "a1", "b1");
        Assessment same = assessment(7, bank, LocalDate.of(2024, 1, 1), 1, 1);
        assertThatThrownBy(() -> Comparer.compare(same, bank, same, bank)).isInstanceOf(NotComparableException.class);
    }

    @Test
    void theListsHoldAtMostFiveAndMissingScoresGiveNoChange() throws Exception {
        Questionnaire bank = bank("b", "1.0.0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "b1");
        Assessment before = assessment(1, bank, LocalDate.of(2024, 1, 1), 0, 0, 0, 0, 0, 0, 0);
        Assessment after = assessment(2, bank, LocalDate.of(2025, 1, 1), 1, 2, 3, 4, 1, 2, 3);
        Comparison comparison = Comparer.compare(before, bank, after, bank);
        assertThat(comparison.mostImproved()).hasSize(Comparer.LIST_LENGTH)
                .extracting(Comparison.QuestionChange::questionId).containsExactly("a4", "a3", "a7", "a2", "a6");
        Comparison.DimensionChange beta = comparison.dimensions().get(1);
        assertThat(beta.before()).isEmpty();
        assertThat(beta.change()).isEqualTo(Optional.empty());
    }
}
