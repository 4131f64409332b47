package org.coproduction.readiness.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A whole assessment: who, which bank, when, the context answers, the respondents and their
 * answers, and the actions raised from it (as an exchange file carries them; the organisation's
 * whole plan is read with the action store). {@code id} is 0 until it is stored.
 */
public record Assessment(long id, Organisation organisation, QuestionnaireRef questionnaire, String title,
                         LocalDate assessedOn, AssessmentStatus status, Map<String, String> context,
                         List<Respondent> respondents, List<Answer> answers, List<Action> actions, String uid,
                         int minGroupSize) {
    /** The smallest group when none is set (docs/scoring.md, perspectives P3). */
    public static final int DEFAULT_MIN_GROUP_SIZE = 3;

    /**
     * @param uid          the assessment's random UUID, or empty until one is given (the store gives
     *                     one to every assessment it keeps; an older exchange file has none)
     * @param minGroupSize the smallest group of respondents whose figures are shown on their own
     */
    public Assessment {
        context = Map.copyOf(context);
        respondents = List.copyOf(respondents);
        answers = List.copyOf(answers);
        actions = actions == null ? List.of() : List.copyOf(actions);
        uid = uid == null ? "" : uid;
    }

    /** An assessment with no uid yet and the usual smallest group. */
    public Assessment(long id, Organisation organisation, QuestionnaireRef questionnaire, String title,
                      LocalDate assessedOn, AssessmentStatus status, Map<String, String> context,
                      List<Respondent> respondents, List<Answer> answers, List<Action> actions) {
        this(id, organisation, questionnaire, title, assessedOn, status, context, respondents, answers, actions, "",
                DEFAULT_MIN_GROUP_SIZE);
    }

    /** An assessment from which no action has been raised. */
    public Assessment(long id, Organisation organisation, QuestionnaireRef questionnaire, String title,
                      LocalDate assessedOn, AssessmentStatus status, Map<String, String> context,
                      List<Respondent> respondents, List<Answer> answers) {
        this(id, organisation, questionnaire, title, assessedOn, status, context, respondents, answers, List.of());
    }

    public AssessmentSummary summary() {
        return new AssessmentSummary(id, organisation, questionnaire, title, assessedOn, status);
    }
}
