package org.coproduction.readiness.ui;

import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
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

/** The smallest group shown on its own is set per assessment in the wizard, with the keyboard, and saved. */
@ExtendWith(ApplicationExtension.class)
class SmallestGroupTest extends WindowTestBase {
    private long draft;

    @Start
    void start(Stage stage) {
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), QuestionnaireLibrary.load(List.of()))) {
            draft = workspace.assessments().add(new Assessment(0, new Organisation(0, "Small Group Trust", "", ""),
                    new QuestionnaireRef("coproduction-readiness", "2.0.0"), "Groups", LocalDate.of(2026, 11, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.MANAGER, "Kim")), List.of()));
        }
        openWindow(stage);
    }

    @Test
    void theUpArrowRaisesItAndItIsSavedAtOnce(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        runFx(() -> window.wizard().goTo(1));
        waitUntil(() -> robot.lookup("#min-group-size").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        Spinner<Integer> size = robot.lookup("#min-group-size").queryAs(Spinner.class);
        assertThat(size.getValue()).isEqualTo(3);
        runFx(() -> size.getEditor().requestFocus());
        robot.type(KeyCode.UP).type(KeyCode.UP);
        waitUntil(() -> rows("SELECT min_group_size FROM assessment WHERE id = " + draft).equals(List.of("5")));
        assertThat(window.wizard().minGroupSize()).isEqualTo(5);
    }
}
