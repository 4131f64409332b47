package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-time user on an empty database: creates an organisation and fills the whole
 * assessment using only the keyboard, then finishes and sees the scores.
 */
@ExtendWith(ApplicationExtension.class)
class WizardKeyboardTest extends WindowTestBase {
    /** The bank a new assessment starts from: the newest version of the built-in one. */
    private static final Questionnaire BANK = QuestionnaireLibrary.load(List.of()).newest().stream()
            .filter(q -> q.id().equals("coproduction-readiness")).findFirst().orElseThrow();

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void createAnOrganisationAndFillAWholeAssessmentWithTheKeyboardOnly(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "welcome-start"));

        // Welcome: Enter starts; the organisation form opens with the name focused.
        robot.type(KeyCode.ENTER);
        waitForDialog(robot);
        waitUntil(() -> isInside(focusOwner(robot), "organisation-name"));
        robot.write("Lakeside Lunch Club");
        robot.type(KeyCode.TAB).write("1122334");
        robot.type(KeyCode.TAB).write("Lakeside");
        robot.type(KeyCode.ENTER);

        // Starting the assessment: title focused, Enter accepts the defaults.
        waitForDialog(robot);
        waitUntil(() -> isInside(focusOwner(robot), "assessment-title"));
        robot.type(KeyCode.ENTER);

        // Introduction: Next has the focus; Enter goes on.
        waitUntil(() -> window.wizard() != null && isInside(focusOwner(robot), "next"));
        robot.type(KeyCode.ENTER);

        // Context: who is answering, then a free-text answer and a choice from a list.
        waitUntil(() -> window.wizard().currentStep().id().equals("context"));
        tabTo(robot, "respondent-name");
        robot.write("Sam Patel");
        tabTo(robot, "context-org-size");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        tabTo(robot, "context-service-focus");
        robot.write("Tuesday lunch club");
        robot.type(KeyCode.TAB);
        alt(robot, KeyCode.N);

        // Every dimension: Tab into each question, choose a level with a number key.
        int index = 0;
        for (var dimension : BANK.dimensions()) {
            waitUntil(() -> window.wizard().currentStep().id().equals("dimension:" + dimension.id()));
            for (Question question : BANK.questionsOf(dimension.id())) {
                tabInto(robot, "question-" + question.id());
                if (index == 3) {
                    robot.type(KeyCode.D);
                } else {
                    robot.type(KeyCode.valueOf("DIGIT" + (index % 5)));
                }
                if (index == 0) {
                    tabTo(robot, "note-" + question.id());
                    robot.write("Seen in the March meeting notes");
                    robot.type(KeyCode.TAB);
                    assertThat(focusOwner(robot).getId()).isEqualTo("flag-" + question.id());
                    robot.type(KeyCode.SPACE);
                }
                index++;
            }
            alt(robot, KeyCode.N);
        }

        // Review, then finish: everything is answered, so no warning.
        waitUntil(() -> window.wizard().currentStep().id().equals("review"));
        assertThat(robot.lookup("#gap-" + BANK.questions().get(3).id()).tryQuery()).isPresent();
        alt(robot, KeyCode.I);
        waitUntil(() -> find(robot, "#overall-score", Node.class).isPresent());
        String overall = robot.lookup("#overall-score").queryLabeled().getText();
        assertThat(overall).startsWith("Overall readiness: ").doesNotContain("provisional");

        // What the database holds, read as another program would.
        assertThat(rows("SELECT name, registered_number, area FROM organisation"))
                .containsExactly("Lakeside Lunch Club|1122334|Lakeside");
        assertThat(rows("SELECT status FROM assessment")).containsExactly("complete");
        assertThat(rows("SELECT role, label FROM respondent")).containsExactly("manager|Sam Patel");
        assertThat(rows("SELECT count(*) FROM answer WHERE response IS NOT NULL")).containsExactly("49");
        Question first = BANK.questions().get(0);
        assertThat(rows("SELECT level, note, flagged FROM answer WHERE question_id = '" + first.id() + "'"))
                .containsExactly("0|Seen in the March meeting notes|1");
        assertThat(rows("SELECT response FROM answer WHERE question_id = '" + BANK.questions().get(3).id() + "'"))
                .containsExactly("dont-know");
        assertThat(rows("SELECT level FROM answer WHERE question_id = '" + BANK.questions().get(7).id() + "'"))
                .containsExactly("2");
        assertThat(rows("SELECT question_id, value FROM context_answer ORDER BY question_id"))
                .contains("service-focus|Tuesday lunch club")
                .anySatisfy(row -> assertThat(row).startsWith("org-size|"));
        // The score on screen is the scoring engine's, rounded as the spec says.
        assertThat(overall).contains(expectedOverall());
    }

    private String expectedOverall() throws Exception {
        var assessment = window.workspace().assessments();
        long id = Long.parseLong(rows("SELECT id FROM assessment").get(0));
        var card = org.coproduction.readiness.scoring.Scorer.score(BANK, assessment.answers(id));
        return org.coproduction.readiness.scoring.Figures.show(card.overall().orElseThrow().score());
    }

    @Test
    void numberKeysAndTheReviewFlagWorkOnAFocusedQuestion(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "welcome-start"));
        robot.type(KeyCode.ENTER);
        waitForDialog(robot);
        waitUntil(() -> isInside(focusOwner(robot), "organisation-name"));
        robot.write("Keys Trust").type(KeyCode.ENTER);
        waitForDialog(robot);
        waitUntil(() -> isInside(focusOwner(robot), "assessment-title"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.wizard() != null);
        alt(robot, KeyCode.N);
        alt(robot, KeyCode.N);
        Question first = BANK.questionsOf(BANK.dimensions().get(0).id()).get(0);
        waitUntil(() -> isInside(focusOwner(robot), "question-" + first.id()));
        robot.type(KeyCode.DIGIT4);
        RadioButton four = robot.lookup("#level-4-" + first.id()).queryAs(RadioButton.class);
        assertThat(four.isSelected()).isTrue();
        assertThat(four.isFocused()).isTrue();
        waitUntil(() -> rows("SELECT level FROM answer").equals(List.of("4")));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> rows("SELECT count(*) FROM answer").equals(List.of("0")));
        assertThat(robot.lookup("#save-status").queryLabeled().getText()).isEqualTo("All changes saved");
    }
}
