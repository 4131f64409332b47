package org.coproduction.readiness.assessment;

import java.time.LocalDate;

/** An assessment without its answers: what lists and histories show. */
public record AssessmentSummary(long id, Organisation organisation, QuestionnaireRef questionnaire, String title,
                                LocalDate assessedOn, AssessmentStatus status) {
}
