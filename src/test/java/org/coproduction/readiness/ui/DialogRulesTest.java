package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms mark what breaks a rule as it is typed, say why, and keep Save off until it is mended. */
@ExtendWith(ApplicationExtension.class)
class DialogRulesTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void theOrganisationFormSaysWhatIsWrongAndSavesOnlyWhenAllIsWell(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "welcome-start"));
        robot.type(KeyCode.ENTER);
        waitForDialog(robot);
        waitUntil(() -> isInside(focusOwner(robot), "organisation-name"));
        Button save = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().strip().equals("Save")).findFirst().orElseThrow();
        waitUntil(save::isDisabled);

        robot.write("Lakeside Lunch Club");
        waitUntil(() -> !save.isDisabled());
        robot.type(KeyCode.TAB).write("11:22");
        waitUntil(save::isDisabled);
        assertThat(problemsShown()).contains("A registered number has only letters, digits, spaces and - / , . ( )");

        robot.type(KeyCode.BACK_SPACE, 5).write("1234567 / SC012345");
        waitUntil(() -> !save.isDisabled());
        assertThat(problemsShown()).isEmpty();

        // Emptying the name turns Save off again and says why.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        waitUntil(save::isDisabled);
        assertThat(problemsShown()).contains("Give the organisation's name");
        robot.type(KeyCode.ESCAPE);
    }

    /** The messages shown under the open dialog's fields. */
    private static List<String> problemsShown() {
        List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
        Node root = showing.get(showing.size() - 1).getScene().getRoot();
        return root.lookupAll(".field-problem").stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).toList();
    }
}
