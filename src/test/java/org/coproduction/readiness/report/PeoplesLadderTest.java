package org.coproduction.readiness.report;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.ContextQuestion;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the people placed the organisation on the ladder stands beside its own placement. */
class PeoplesLadderTest {
    @Test
    void bothPlacementsAreShownAndADifferenceIsNamed() throws Exception {
        Questionnaire bank = QuestionnaireReader.read(Path.of("questionnaires/coproduction-readiness-2.0.0.json"));
        String ladder = bank.context().stream().filter(ContextQuestion::isLadder).findFirst().orElseThrow().id();
        String peoples = bank.context().stream().filter(ContextQuestion::isPeoplesLadder).findFirst().orElseThrow().id();
        Assessment assessment = new Assessment(0, new Organisation(0, "Ladder Trust", "", ""),
                new QuestionnaireRef(bank.id(), bank.version()), "Rungs", LocalDate.of(2026, 11, 1),
                AssessmentStatus.COMPLETE, Map.of(ladder, "Co-design", peoples, "Consultation"),
                List.of(new Respondent("r1", Role.MANAGER, "")),
                List.of(Answer.of("r1", bank.questions().get(0).id(), Response.level(2))));
        Report.Ladder shown = ReportBuilder.build(assessment, bank, LocalDate.of(2026, 11, 2)).ladder();
        assertThat(shown.rungs()).hasSize(7).startsWith("Coercion").endsWith("Co-production");
        assertThat(shown.placed()).contains("Co-design");
        assertThat(shown.reading()).contains("You placed yourselves at \"Co-design\"")
                .contains("The people who use the service and carers placed you at \"Consultation\"")
                .contains("a different view from yours");
    }
}
