package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.store.InstanceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft filled over several sittings: closing the window mid-way loses nothing and reopens at
 * the same step; the review step shows the gaps and leads back to them; finishing with gaps
 * warns first, then shows the scores.
 */
@ExtendWith(ApplicationExtension.class)
class WizardResumeTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Questionnaire BANK = LIBRARY.find("coproduction-readiness", "1.0.0").orElseThrow();

    @Start
    void start(Stage stage) {
        // A draft made in an earlier sitting: the first dimension half answered, with a
        // "don't know" and a flagged question.
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            List<Question> first = BANK.questionsOf(BANK.dimensions().get(0).id());
            List<Answer> answers = new ArrayList<>();
            answers.add(Answer.of("r1", first.get(0).id(), Response.level(3)));
            answers.add(Answer.of("r1", first.get(1).id(), Response.dontKnow()));
            answers.add(Answer.of("r1", first.get(2).id(), Response.level(1)).withFlag(true));
            workspace.assessments().add(new Assessment(0, new Organisation(0, "Brook Street Drop-in", "", "Leeds"),
                    new QuestionnaireRef(BANK.id(), BANK.version()), "Spring 2026", LocalDate.of(2026, 4, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.VOLUNTEER, "Ali")), answers));
        }
        openWindow(stage);
    }

    private void openTheDraftFromHome(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        // The organisation is selected; Down moves to its assessment, Enter opens it.
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> window.wizard() != null);
    }

    @Test
    void closingMidWayLosesNothingAndReopensAtTheSameStep(FxRobot robot) throws Exception {
        openTheDraftFromHome(robot);
        alt(robot, KeyCode.N);
        alt(robot, KeyCode.N);
        alt(robot, KeyCode.N);
        String secondDimension = BANK.dimensions().get(1).id();
        waitUntil(() -> window.wizard().currentStep().id().equals("dimension:" + secondDimension));
        Question question = BANK.questionsOf(secondDimension).get(0);
        waitUntil(() -> isInside(focusOwner(robot), "question-" + question.id()));
        robot.type(KeyCode.DIGIT2);
        tabTo(robot, "note-" + question.id());
        robot.write("Budget line agreed in January");
        // Closed straight after typing, before the note's pause is over: it must still be saved.
        closeWindow();

        assertThat(rows("SELECT current_step FROM assessment")).containsExactly("dimension:" + secondDimension);
        assertThat(rows("SELECT level, note FROM answer WHERE question_id = '" + question.id() + "'"))
                .containsExactly("2|Budget line agreed in January");

        reopenWindow(robot);
        openTheDraftFromHome(robot);
        waitUntil(() -> window.wizard().currentStep().id().equals("dimension:" + secondDimension));
        assertThat(robot.lookup("#level-2-" + question.id()).queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#note-" + question.id()).queryAs(TextArea.class).getText())
                .isEqualTo("Budget line agreed in January");
        // Answers from the earlier sitting are there too.
        alt(robot, KeyCode.B);
        Question flagged = BANK.questionsOf(BANK.dimensions().get(0).id()).get(2);
        waitUntil(() -> robot.lookup("#flag-" + flagged.id()).tryQuery().isPresent());
        assertThat(robot.lookup("#flag-" + flagged.id()).queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#level-1-" + flagged.id()).queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(rows("SELECT count(*) FROM answer")).containsExactly("4");
    }

    @Test
    void theReviewStepListsTheGapsAndLeadsBackToThem(FxRobot robot) throws Exception {
        openTheDraftFromHome(robot);
        robot.clickOn(robot.lookup("#step-list .list-cell").nth(BANK.dimensions().size() + 2).queryAs(Node.class));
        waitUntil(() -> window.wizard().currentStep().id().equals("review"));
        List<Question> first = BANK.questionsOf(BANK.dimensions().get(0).id());
        // Don't know, flagged, and unanswered questions each have a link; answered ones do not.
        assertThat(robot.lookup("#gap-" + first.get(1).id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#gap-" + first.get(2).id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#gap-" + first.get(3).id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#gap-" + first.get(0).id()).tryQuery()).isEmpty();
        String review = text(robot.lookup("#review-" + BANK.dimensions().get(0).id()).queryParent());
        assertThat(review).contains("3 of " + first.size() + " answered").contains("Don't know").contains("review later");
        String lastQuestion = BANK.questions().get(BANK.questions().size() - 1).id();
        assertThat(robot.lookup("#gap-" + lastQuestion).tryQuery()).isPresent();

        // Keyboard: Tab to the link of an unanswered question in the last section, Enter follows it.
        tabTo(robot, "gap-" + lastQuestion);
        robot.type(KeyCode.ENTER);
        String lastDimension = BANK.dimensions().get(BANK.dimensions().size() - 1).id();
        waitUntil(() -> window.wizard().currentStep().id().equals("dimension:" + lastDimension));
        waitUntil(() -> isInside(focusOwner(robot), "question-" + lastQuestion));
    }

    @Test
    void finishingWithGapsWarnsThenShowsTheScores(FxRobot robot) throws Exception {
        openTheDraftFromHome(robot);
        robot.clickOn(robot.lookup("#step-list .list-cell").nth(BANK.dimensions().size() + 2).queryAs(Node.class));
        waitUntil(() -> window.wizard().currentStep().id().equals("review"));
        alt(robot, KeyCode.I);
        waitForDialog(robot);
        // The safe choice is the default: Enter keeps answering, and nothing changes.
        robot.type(KeyCode.ENTER);
        backToMainWindow(robot, "save-status");
        assertThat(rows("SELECT status FROM assessment")).containsExactly("draft");
        waitUntil(() -> isInside(focusOwner(robot), "finish"));

        alt(robot, KeyCode.I);
        waitForDialog(robot);
        robot.clickOn("Finish anyway");
        waitUntil(() -> robot.lookup("#overall-score").tryQuery().isPresent());
        assertThat(rows("SELECT status FROM assessment")).containsExactly("complete");
        String scores = text(robot.lookup("#dimension-scores").queryParent());
        assertThat(scores).contains(BANK.dimensions().get(0).title()).contains("Insufficient evidence");
        // Only one section has answers, and fewer than half: no overall score, said plainly.
        assertThat(robot.lookup("#overall-score").queryLabeled().getText()).isEqualTo("No overall score yet");
    }

    @Test
    void aDatabaseOpenInAnotherWindowGetsAClearMessageAndATryAgain(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        closeWindow();
        try (InstanceLock other = InstanceLock.acquire(databaseFile)) {
            reopenWindow(robot);
            waitUntil(() -> robot.lookup("#problem-message").tryQuery().isPresent());
            assertThat(robot.lookup("#problem-message").queryLabeled().getText())
                    .contains("already open in another window");
        }
        robot.clickOn("#problem-retry");
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDamagedDatabaseGetsAClearMessageAndIsLeftAsItWas(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        closeWindow();
        for (String suffix : List.of("-wal", "-shm")) {
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(databaseFile + suffix));
        }
        byte[] junk = "This is not a database any more. ".repeat(200).getBytes();
        java.nio.file.Files.write(databaseFile, junk);
        reopenWindow(robot);
        waitUntil(() -> robot.lookup("#problem-message").tryQuery().isPresent());
        assertThat(robot.lookup("#problem-message").queryLabeled().getText())
                .contains("damaged or is not a Co-production Readiness database");
        assertThat(java.nio.file.Files.readAllBytes(databaseFile)).isEqualTo(junk);
    }
}
