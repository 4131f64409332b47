package org.coproduction.readiness.scoring;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.coproduction.readiness.scoring.TestBanks.dontKnow;
import static org.coproduction.readiness.scoring.TestBanks.level;

/** The perspectives rules (docs/scoring.md), each figure worked out by hand in the comments. */
class PerspectivesTest {
    /*
     * Two dimensions, weight 1 each. "d" has q1, q2 (everyone) and q3 (organisation only);
     * "e" has e1 (organisation only), so the people's side has no question left in "e".
     */
    private static final Questionnaire BANK = new TestBanks().dimension("d", 1).dimension("e", 1)
            .question("q1", "d").question("q2", "d").organisationQuestion("q3", "d").organisationQuestion("e1", "e")
            .build();
    /** Three on each side, and a partner, who counts only among everyone. */
    private static final List<Respondent> RESPONDENTS = List.of(new Respondent("m", Role.MANAGER, ""),
            new Respondent("s", Role.STAFF, ""), new Respondent("v", Role.VOLUNTEER, ""),
            new Respondent("u", Role.SERVICE_USER, ""), new Respondent("c", Role.CARER, ""),
            new Respondent("u2", Role.SERVICE_USER, ""), new Respondent("p", Role.PARTNER, ""));

    private static List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        // Organisation: q1 4,4,3 (mean 11/3); q2 3,3,3 (3); q3 2,2,2 (2); e1 2,2,2 (2).
        answers.addAll(List.of(level("m", "q1", 4), level("s", "q1", 4), level("v", "q1", 3)));
        answers.addAll(List.of(level("m", "q2", 3), level("s", "q2", 3), level("v", "q2", 3)));
        answers.addAll(List.of(level("m", "q3", 2), level("s", "q3", 2), level("v", "q3", 2)));
        answers.addAll(List.of(level("m", "e1", 2), level("s", "e1", 2), level("v", "e1", 2)));
        // People: q1 1,1,2 (mean 4/3); q2 3,2,dont-know (2.5).
        answers.addAll(List.of(level("u", "q1", 1), level("c", "q1", 1), level("u2", "q1", 2)));
        answers.addAll(List.of(level("u", "q2", 3), level("c", "q2", 2), dontKnow("u2", "q2")));
        // The partner gives q1 a 0: it widens q1's spread, but is on neither side.
        answers.add(level("p", "q1", 0));
        return answers;
    }

    @Test
    void eachSideIsScoredOnItsOwnAnswersOverTheQuestionsItIsAsked() {
        Perspectives view = Perspectives.of(BANK, RESPONDENTS, answers(), 3);
        ScoreCard organisation = view.side(Side.ORGANISATION).orElseThrow().card().orElseThrow();
        ScoreCard people = view.side(Side.PEOPLE).orElseThrow().card().orElseThrow();
        // Organisation, d: 100 × (11/3 + 3 + 2) / (3 × 4) = 100 × (26/3) / 12 = 72.22…
        assertThat(organisation.dimension("d").orElseThrow().score().getAsDouble()).isCloseTo(2600.0 / 36, within(1e-9));
        // Organisation, e: 100 × 2 / 4 = 50. Overall: (72.22… + 50) / 2 = 61.11…
        assertThat(organisation.dimension("e").orElseThrow().score().getAsDouble()).isEqualTo(50);
        assertThat(organisation.overall().orElseThrow().score()).isCloseTo((2600.0 / 36 + 50) / 2, within(1e-9));
        // People, d over q1 and q2 only: 100 × (4/3 + 2.5) / 8 = 100 × (23/6) / 8 = 47.916…, coverage 2 of 2.
        assertThat(people.dimension("d").orElseThrow().score().getAsDouble()).isCloseTo(2300.0 / 48, within(1e-9));
        assertThat(people.dimension("d").orElseThrow().coverage()).isEqualTo(1.0);
        // No question of "e" is left for the people: the dimension is left out altogether.
        assertThat(people.dimension("e")).isEmpty();
        assertThat(people.overall().orElseThrow().score()).isCloseTo(2300.0 / 48, within(1e-9));
        assertThat(view.side(Side.ORGANISATION).orElseThrow().respondents()).isEqualTo(3);
        assertThat(view.side(Side.PEOPLE).orElseThrow().respondents()).isEqualTo(3);
    }

    @Test
    void gapsDifferentViewsAndLeastAgreement() {
        Perspectives view = Perspectives.of(BANK, RESPONDENTS, answers(), 3);
        // Gap in d: 47.916… − 72.22… = −24.30…, seen differently (15 or more); none in e (people not scored there).
        assertThat(view.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.dimensionId()).isEqualTo("d");
            assertThat(gap.gap()).isCloseTo(2300.0 / 48 - 2600.0 / 36, within(1e-9));
            assertThat(gap.seenDifferently()).isTrue();
        });
        // q1: 4/3 − 11/3 = −7/3 (at least a level apart); q2: 2.5 − 3 = −0.5 (not).
        assertThat(view.differentViews()).singleElement().satisfies(v -> {
            assertThat(v.questionId()).isEqualTo("q1");
            assertThat(v.difference()).isCloseTo(-7.0 / 3, within(1e-9));
        });
        // Everyone (partner too): q1 levels 4,4,3,1,1,2,0 → spread 4 over 7; q2 3,3,3,3,2 → 1 (not listed);
        // q3 and e1 all 2 → 0.
        assertThat(view.leastAgreement()).containsExactly(new Perspectives.Spread("q1", 4, 7));
    }

    @Test
    void aSideWithFewerThanTheSmallestGroupHasNoFiguresAnywhere() {
        // Four people would be needed: the people's side is not shown, so no gaps and no different views.
        Perspectives view = Perspectives.of(BANK, RESPONDENTS, answers(), 4);
        assertThat(view.side(Side.PEOPLE).orElseThrow().shown()).isFalse();
        assertThat(view.side(Side.PEOPLE).orElseThrow().card()).isEmpty();
        assertThat(view.side(Side.ORGANISATION).orElseThrow().shown()).isFalse();
        assertThat(view.gaps()).isEmpty();
        assertThat(view.differentViews()).isEmpty();
        // Least agreement needs four levels for a question: q1 has 7, the others 5 or 3.
        assertThat(view.leastAgreement()).extracting(Perspectives.Spread::questionId).containsExactly("q1");
        // A carer who said only "don't know" does not count towards showing the side.
        List<Answer> onlyDontKnow = new ArrayList<>(answers());
        onlyDontKnow.removeIf(a -> a.respondent().equals("u2"));
        onlyDontKnow.add(dontKnow("u2", "q1"));
        assertThat(Perspectives.of(BANK, RESPONDENTS, onlyDontKnow, 3).side(Side.PEOPLE).orElseThrow().shown()).isFalse();
    }

    @Test
    void theSmallestGroupIsOneToTen() {
        assertThatThrownBy(() -> Perspectives.of(BANK, RESPONDENTS, answers(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Perspectives.of(BANK, RESPONDENTS, answers(), 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
