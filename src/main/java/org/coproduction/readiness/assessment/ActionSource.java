package org.coproduction.readiness.assessment;

import java.time.LocalDate;

/**
 * The assessment an action was raised from. Only the id is stored with the action; title and date
 * are read with it, for lists and CSV.
 */
public record ActionSource(long assessmentId, String title, LocalDate assessedOn) {
    public ActionSource {
        title = title == null ? "" : title;
    }

    public static ActionSource of(AssessmentSummary assessment) {
        return new ActionSource(assessment.id(), assessment.title(), assessment.assessedOn());
    }
}
