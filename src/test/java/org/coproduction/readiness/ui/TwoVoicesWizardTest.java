package org.coproduction.readiness.ui;

import javafx.scene.control.Labeled;
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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A carer answers in the people's words and is not asked what only the organisation can know. */
@ExtendWith(ApplicationExtension.class)
class TwoVoicesWizardTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of(Path.of("src/test/resources/voices")));
    private long assessment;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        databaseFile = folder.resolve("voices.db");
        try (Workspace workspace = Workspace.open(databaseFile, LIBRARY)) {
            assessment = workspace.assessments().add(new Assessment(0, new Organisation(0, "Two Voices Trust", "", ""),
                    new QuestionnaireRef("two-voices", "1.0.0"), "Both sides", LocalDate.of(2026, 11, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.MANAGER, "Kim"),
                    new Respondent("r2", Role.CARER, "Sam")), List.of()));
        }
        preferences = new MemoryPreferences();
        window = new MainWindow(stage, new Appearance(preferences), new Background(), () -> LIBRARY, databaseFile);
        stage.show();
        window.openDatabase();
    }

    @Test
    void eachSideReadsItsOwnWords(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        runFx(() -> window.showWizard(assessment, "r2"));
        waitUntil(() -> window.wizard() != null);
        runFx(() -> window.wizard().goToQuestion("a1"));
        waitUntil(() -> robot.lookup("#question-a1").tryQuery().isPresent());
        assertThat(robot.lookup("#question-a2").tryQuery()).isEmpty();
        String carerSees = text(robot.lookup("#question-a1").queryParent());
        assertThat(carerSees).contains("Was I asked what works for me?").contains("No one asked me.")
                .doesNotContain("Do you ask people what works for them?");
        assertThat(window.wizard().unansweredCount()).isEqualTo(1);

        runFx(() -> window.showWizard(assessment, "r1"));
        waitUntil(() -> window.wizard() != null && window.wizard().respondentProperty().get().key().equals("r1"));
        runFx(() -> window.wizard().goToQuestion("a1"));
        waitUntil(() -> robot.lookup("#question-a2").tryQuery().isPresent());
        assertThat(text(robot.lookup("#question-a1").queryParent())).contains("Do you ask people what works for them?")
                .contains("We do not ask.");
        assertThat(window.wizard().unansweredCount()).isEqualTo(2);
        assertThat(robot.lookup("#question-a1").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText())).contains("Question 1 of 2");
    }
}
