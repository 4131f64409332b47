package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.report.PaperForm;
import org.coproduction.readiness.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A blank paper form (PRODUCT.md, section 5) of a stored assessment for one person of one side:
 * printed, filled in with a pen, and typed in afterwards as that respondent. Nothing in the
 * database changes; the assessment's uid is printed on the form.
 */
public final class PaperForms {
    private PaperForms() {
    }

    /** Writes the form, all or nothing; refuses an unknown assessment or a missing bank. */
    public static void write(Workspace workspace, long assessmentId, Side side, Path target) {
        Assessment assessment = workspace.loadExisting(assessmentId);
        Questionnaire bank = workspace.questionnaireOf(assessment.questionnaire());
        try {
            PaperForm.write(assessment, bank, side, target);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "The form " + target + " could not be written ("
                    + e.getMessage() + "). Choose another folder or name.", e);
        }
    }
}
