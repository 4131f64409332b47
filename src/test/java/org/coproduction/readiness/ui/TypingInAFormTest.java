package org.coproduction.readiness.ui;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A returned paper form is typed in quickly: a level (or D, N), then Enter, question after question. */
@ExtendWith(ApplicationExtension.class)
class TypingInAFormTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Questionnaire BANK = LIBRARY.find("coproduction-readiness", "2.0.0").orElseThrow();
    private long draft;

    @Start
    void start(Stage stage) {
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            draft = workspace.assessments().add(new Assessment(0, new Organisation(0, "Paper Trust", "", ""),
                    new QuestionnaireRef(BANK.id(), BANK.version()), "On paper", LocalDate.of(2026, 11, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.CARER, "Sam")), List.of()));
        }
        openWindow(stage);
    }

    @Test
    void aLevelThenEnterMovesToTheNextQuestion(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        List<Question> asked = window.wizard().questionsOf(BANK.dimensions().get(0));
        runFx(() -> window.wizard().goToQuestion(asked.get(0).id()));
        waitUntil(() -> isInside(focusOwner(robot), "question-" + asked.get(0).id()));
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        waitUntil(() -> isInside(focusOwner(robot), "question-" + asked.get(1).id()));
        robot.type(KeyCode.D).type(KeyCode.ENTER);
        waitUntil(() -> isInside(focusOwner(robot), "question-" + asked.get(2).id()));
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> rows("SELECT question_id, response, level FROM answer ORDER BY question_id").size() == 3);
        assertThat(rows("SELECT question_id || ':' || response || ':' || coalesce(level, '') FROM answer"))
                .containsExactlyInAnyOrder(asked.get(0).id() + ":level:2", asked.get(1).id() + ":dont-know:",
                        asked.get(2).id() + ":level:4");
        // Still on the same step: Enter moved between questions, not on to the next step.
        assertThat(window.wizard().currentStep().dimension().id()).isEqualTo(BANK.dimensions().get(0).id());
    }
}
