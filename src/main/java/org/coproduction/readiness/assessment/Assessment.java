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
                         List<Respondent> respondents, List<Answer> answers, List<Action> actions) {
    public Assessment {
        context = Map.copyOf(context);
        respondents = List.copyOf(respondents);
        answers = List.copyOf(answers);
        actions = actions == null ? List.of() : List.copyOf(actions);
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
