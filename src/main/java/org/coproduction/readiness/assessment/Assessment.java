package org.coproduction.readiness.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A whole assessment: who, which bank, when, the context answers, the respondents and their
 * answers. {@code id} is 0 until it is stored.
 */
public record Assessment(long id, Organisation organisation, QuestionnaireRef questionnaire, String title,
                         LocalDate assessedOn, AssessmentStatus status, Map<String, String> context,
                         List<Respondent> respondents, List<Answer> answers) {
    public Assessment {
        context = Map.copyOf(context);
        respondents = List.copyOf(respondents);
        answers = List.copyOf(answers);
    }

    public AssessmentSummary summary() {
        return new AssessmentSummary(id, organisation, questionnaire, title, assessedOn, status);
    }
}
