package org.coproduction.readiness.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing in the wizard assumes one respondent: a second person is added and answers apart. */
@ExtendWith(ApplicationExtension.class)
class SeveralRespondentsTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Questionnaire BANK = LIBRARY.find("coproduction-readiness", "1.0.0").orElseThrow();
    private static final Question FIRST = BANK.questions().get(0);
    private long draft;

    @Start
    void start(Stage stage) {
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            draft = workspace.assessments().add(new Assessment(0, new Organisation(0, "Two Voices Trust", "", ""),
                    new QuestionnaireRef(BANK.id(), BANK.version()), "Together", LocalDate.of(2026, 6, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.MANAGER, "Kim")),
                    List.of(Answer.of("r1", FIRST.id(), Response.level(4)))));
        }
        openWindow(stage);
    }

    @Test
    void aSecondPersonIsAddedAndTheirAnswersAreKeptApart(FxRobot robot) throws Exception {
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        runFx(() -> window.wizard().goTo(1));
        waitUntil(() -> robot.lookup("#respondent-add").tryQuery().isPresent());
        robot.clickOn("#respondent-add");
        waitForDialog(robot);
        robot.clickOn("#new-respondent-name").write("Ade");
        robot.clickOn("Add");
        waitUntil(() -> window.wizard() != null && window.wizard().respondentProperty().get().label().equals("Ade"));
        assertThat(robot.lookup("#wizard-where").queryLabeled().getText())
                .isEqualTo("Answering as Ade (person who uses the services)");

        runFx(() -> window.wizard().goToQuestion(FIRST.id()));
        waitUntil(() -> robot.lookup("#level-1-" + FIRST.id()).tryQuery().isPresent());
        // The new person starts with nothing chosen, whatever the first person said.
        assertThat(robot.lookup("#level-4-" + FIRST.id()).queryAs(RadioButton.class).isSelected()).isFalse();
        runFx(() -> robot.lookup("#level-1-" + FIRST.id()).query().requestFocus());
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> rows("SELECT r.key, r.role, r.label, a.level FROM answer a JOIN respondent r"
                + " ON r.id = a.respondent_id ORDER BY r.key").equals(List.of("r1|manager|Kim|4",
                "r2|service-user|Ade|1")));

        // Switching back shows the first person's answers.
        runFx(() -> window.wizard().goTo(1));
        waitUntil(() -> robot.lookup("#respondent-switch").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Respondent> who = robot.lookup("#respondent-switch").queryAs(ComboBox.class);
        assertThat(who.getItems()).extracting(Respondent::key).containsExactly("r1", "r2");
        // The list is searchable: typing part of a name and Enter picks the person.
        runFx(who::requestFocus);
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(who::isShowing);
        robot.write("Ki");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.wizard().respondentProperty().get().key().equals("r1"));
        runFx(() -> window.wizard().goToQuestion(FIRST.id()));
        waitUntil(() -> robot.lookup("#level-4-" + FIRST.id()).tryQuery().isPresent());
        assertThat(robot.lookup("#level-4-" + FIRST.id()).queryAs(RadioButton.class).isSelected()).isTrue();
    }
}
