package org.coproduction.readiness.report;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The priorities say what to do next from the level reached, not the same actions at every level. */
class NextStepsReportTest {
    @Test
    void eachPriorityShowsTheStepFromItsLevel() throws Exception {
        Questionnaire bank = QuestionnaireReader.read(Path.of("src/test/resources/voices/two-voices.json"));
        // a1: levels 1 and 2 give a mean of 1.5, so the step from level 1 ("Ask everyone.").
        // a2 has no next steps: its general action.
        Assessment assessment = new Assessment(0, new Organisation(0, "Steps Trust", "", ""),
                new QuestionnaireRef(bank.id(), bank.version()), "Steps", LocalDate.of(2026, 11, 1),
                AssessmentStatus.COMPLETE, Map.of(), List.of(new Respondent("r1", Role.MANAGER, ""),
                new Respondent("r2", Role.CARER, "")),
                List.of(Answer.of("r1", "a1", Response.level(1)), Answer.of("r2", "a1", Response.level(2)),
                        Answer.of("r1", "a2", Response.level(0))));
        Report report = ReportBuilder.build(assessment, bank, LocalDate.of(2026, 11, 2));
        assertThat(report.priorities()).extracting(Report.PriorityItem::questionId).containsExactly("a2", "a1");
        assertThat(report.priorities().get(0).actions()).containsExactly("Find a small grant.");
        assertThat(report.priorities().get(1).actions()).containsExactly("Ask everyone.");
    }
}
