package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Starts an assessment: a new draft of a stored organisation whose first respondent, r1, is the person starting it. */
public final class StartAssessment {
    private StartAssessment() {
    }

    /** Stores the draft and returns its id. */
    public static long run(Workspace workspace, Organisation organisation, Questionnaire bank, String title,
                           LocalDate assessedOn, Role role, String name) {
        Assessment draft = new Assessment(0, organisation, new QuestionnaireRef(bank.id(), bank.version()), title,
                assessedOn, AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent(Respondents.FIRST, role, name)),
                List.of());
        return workspace.assessments().add(draft);
    }
}
