package org.coproduction.readiness.scoring;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.Band;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.DimensionKind;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small question banks and answers in code, so each scoring test shows its whole input. */
final class TestBanks {
    static final List<Band> BANDS = List.of(new Band(0, "Starting", ""), new Band(25, "Emerging", ""),
            new Band(50, "Developing", ""), new Band(75, "Embedded", ""));

    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();

    TestBanks dimension(String id, double weight) {
        dimensions.add(new Dimension(id, id, DimensionKind.CAPABILITY, weight, "", List.of(), Map.of()));
        return this;
    }

    TestBanks question(String id, String dimension, double weight, boolean allowNotApplicable) {
        List<String> levels = List.of(id + "0", id + "1", id + "2", id + "3", id + "4");
        questions.add(new Question(id, dimension, id + "?", levels, weight, allowNotApplicable, "", List.of(), List.of()));
        return this;
    }

    TestBanks question(String id, String dimension) {
        return question(id, dimension, 1, true);
    }

    /** A question only the organisation's side is asked. */
    TestBanks organisationQuestion(String id, String dimension) {
        List<String> levels = List.of(id + "0", id + "1", id + "2", id + "3", id + "4");
        questions.add(new Question(id, dimension, id + "?", levels, 1, false, "", List.of(), List.of(),
                Question.Audience.ORGANISATION, java.util.Optional.empty(), List.of(), List.of()));
        return this;
    }

    Questionnaire build() {
        return new Questionnaire("test", "1.0.0", "Test", "en", "", BANDS, dimensions, List.of(), questions, List.of());
    }

    static Answer level(String respondent, String question, int level) {
        return Answer.of(respondent, question, Response.level(level));
    }

    static Answer notApplicable(String respondent, String question) {
        return Answer.of(respondent, question, Response.notApplicable());
    }

    static Answer dontKnow(String respondent, String question) {
        return Answer.of(respondent, question, Response.dontKnow());
    }
}
