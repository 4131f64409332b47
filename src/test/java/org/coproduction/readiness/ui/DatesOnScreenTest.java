package org.coproduction.readiness.ui;

import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start dialog writes its date as every other screen does (2026-12-02), not in the computer's
 * own order (12/2/2026), and a date typed the UK way (2/12/2026) is the 2nd of December.
 */
@ExtendWith(ApplicationExtension.class)
class DatesOnScreenTest extends WindowTestBase {
    @Start
    void start(Stage stage) throws Exception {
        ScreenTour.loadDemoData(folder.resolve("assessments.db"));
        openWindow(stage);
    }

    @Test
    void theConverterShowsIsoAndReadsDayFirst() {
        var dates = Converters.dates();
        assertThat(dates.toString(LocalDate.of(2026, 12, 2))).isEqualTo("2026-12-02");
        assertThat(dates.fromString("2/12/2026")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(dates.fromString("2026-12-02")).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(dates.fromString("")).isNull();
        // Refused, so the date field keeps the date it had.
        assertThatThrownBy(() -> dates.fromString("31/2/2026")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theStartDialogShowsTodayYearFirstAndTakesAUkDate(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        javafx.application.Platform.runLater(() -> Dialogs.newAssessment(stage,
                new org.coproduction.readiness.assessment.Organisation(0, "Riverside", "", ""), QuestionnaireLibrary.load(List.of()).newest()));
        waitUntil(() -> robot.lookup("#assessment-date").tryQuery().isPresent());
        DatePicker date = robot.lookup("#assessment-date").queryAs(DatePicker.class);
        assertThat(date.getEditor().getText()).isEqualTo(LocalDate.now().toString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(date.getPromptText()).isEqualTo("yyyy-mm-dd");

        runFx(() -> {
            date.getEditor().setText("3/11/2026");
            date.commitValue();
        });
        assertThat(date.getValue()).as("day first: the 3rd of November").isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(date.getEditor().getText()).isEqualTo("2026-11-03");
        runFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w != stage).map(Stage.class::cast)
                .toList().forEach(Stage::close));
    }

    @Test
    void aMistypedDateKeepsSaveOffAndSaysHowToTypeIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        var saved = new java.util.concurrent.atomic.AtomicReference<java.util.Optional<org.coproduction.readiness.assessment.Action>>();
        javafx.application.Platform.runLater(() -> saved.set(Dialogs.action(stage, "Working across services",
                org.coproduction.readiness.assessment.Action.of(1, "coproduction-readiness",
                        new org.coproduction.readiness.assessment.ActionLink(
                                org.coproduction.readiness.assessment.ActionLink.Target.QUESTION, "ca-knowledge"),
                        "Ask the link worker to the next forum"))));
        waitUntil(() -> robot.lookup("#action-due").tryQuery().isPresent());
        DatePicker due = robot.lookup("#action-due").queryAs(DatePicker.class);
        javafx.scene.control.Button save = robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class)
                .stream().filter(b -> b.getText().strip().equals("Save")).findFirst().orElseThrow();
        waitUntil(() -> !save.isDisabled());
        // 31 March typed the US way is no date: before, the action was saved with no date and no word.
        robot.clickOn(due.getEditor()).write("3/31/2026");
        waitUntil(save::isDisabled);
        // The mark under the field follows a moment later than the button.
        waitUntil(() -> robot.lookup(".field-problem").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Labeled::getText)
                .anyMatch(text -> text.startsWith("That is not a date")));
        // Typed the UK way, uncommitted, it is the date saved.
        runFx(() -> due.getEditor().setText("31/3/2027"));
        waitUntil(() -> !save.isDisabled());
        runFx(save::fire);
        waitUntil(() -> saved.get() != null);
        assertThat(saved.get().orElseThrow().due()).contains(LocalDate.of(2027, 3, 31));
    }
}
