package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.exchange.ExchangeWriter;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.store.StoreException;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A personal file (docs/exchange-format.md, personal files): an exchange file of one assessment
 * holding one respondent and their answers, for someone who answers on their own computer. It
 * keeps the assessment's organisation, bank, title, date, status, context, uid and smallest group,
 * so {@link MergeAnswers} can bring the answers back; it carries no actions.
 */
public final class PersonalFile {
    private PersonalFile() {
    }

    /** Writes the personal file of a respondent already in the assessment; returns that respondent. */
    public static Respondent write(Workspace workspace, long assessmentId, String respondentKey, Path target) {
        Assessment assessment = workspace.loadExisting(assessmentId);
        Respondent respondent = assessment.respondents().stream().filter(r -> r.key().equals(respondentKey))
                .findFirst().orElseThrow(() -> new StoreException(StoreException.Kind.REJECTED,
                        "Assessment " + assessmentId + " has no respondent \"" + respondentKey + "\"; "
                                + (assessment.respondents().isEmpty() ? "it has no respondents yet."
                                : "its respondents are " + assessment.respondents().stream()
                                .map(r -> r.key() + " (" + describe(r) + ")").collect(Collectors.joining(", ")) + ".")
                                + " To make a file for someone new, give their role instead."));
        Questionnaire bank = workspace.questionnaireOf(assessment.questionnaire());
        ExportAssessment.write(target, ExchangeWriter.toJson(personal(assessment, respondent), bank));
        return respondent;
    }

    /**
     * Adds a new respondent (under the next free key) and writes their personal file, with no
     * answers yet; returns the new respondent. When the file cannot be written the person is taken
     * out again, so trying again does not leave an extra respondent behind.
     */
    public static Respondent writeForNew(Workspace workspace, long assessmentId, Role role, String label, Path target) {
        Assessment assessment = workspace.loadExisting(assessmentId);
        // A missing bank is told before anyone is added.
        workspace.questionnaireOf(assessment.questionnaire());
        String key = Respondents.addNext(workspace, assessmentId, role, label == null ? "" : label.strip());
        try {
            return write(workspace, assessmentId, key, target);
        } catch (RuntimeException e) {
            workspace.assessments().removeRespondentWithoutAnswers(assessmentId, key);
            throw e;
        }
    }

    /** The assessment as it is, cut down to one respondent and their answers, without actions. */
    static Assessment personal(Assessment assessment, Respondent respondent) {
        return new Assessment(assessment.id(), assessment.organisation(), assessment.questionnaire(), assessment.title(),
                assessment.assessedOn(), assessment.status(), assessment.context(), List.of(respondent),
                assessment.answers().stream().filter(a -> a.respondent().equals(respondent.key())).toList(), List.of(),
                assessment.uid(), assessment.minGroupSize());
    }

    /** "carer, Sam" or "carer": the role code and the label, as the command line prints them. */
    public static String describe(Respondent respondent) {
        return respondent.label().isBlank() ? respondent.role().code()
                : respondent.role().code() + ", " + respondent.label();
    }
}
