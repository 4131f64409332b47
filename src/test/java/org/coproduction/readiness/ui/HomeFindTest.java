package org.coproduction.readiness.ui;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+F on the home screen narrows the list to the organisations and assessments that match. */
@ExtendWith(ApplicationExtension.class)
class HomeFindTest extends WindowTestBase {
    @Start
    void start(Stage stage) throws Exception {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of());
        ExchangeReader reader = new ExchangeReader(library);
        List<Assessment> demo = new ArrayList<>();
        for (Path seed : BuiltInFiles.jsonFiles("seeds")) {
            demo.add(reader.read(seed).assessment());
        }
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), library)) {
            workspace.assessments().addAll(demo);
        }
        openWindow(stage);
    }

    @Test
    void typingNarrowsTheListAndClearingShowsAllAgain(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent() && rowsShown(robot).size() > 2);
        List<String> everything = rowsShown(robot);
        assertThat(everything).anyMatch(r -> r.startsWith("Harbour")).anyMatch(r -> r.startsWith("Riverside"));

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> isInside(focusOwner(robot), "home-find"));
        robot.write("harbour");
        waitUntil(() -> rowsShown(robot).stream().noneMatch(r -> r.startsWith("Riverside")));
        assertThat(rowsShown(robot)).isNotEmpty().first().asString().startsWith("Harbour");

        // The down arrow goes on to the list, with the match selected, ready for Enter.
        robot.type(KeyCode.DOWN);
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("no such place");
        waitUntil(() -> rowsShown(robot).isEmpty());
        assertThat(text(stage.getScene().getRoot())).contains("Nothing matches \"no such place\"");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        waitUntil(() -> rowsShown(robot).equals(everything));
    }

    /** The organisation name or assessment title of every row, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> rowsShown(FxRobot robot) {
        TreeTableView<HomeView.Item> table = robot.lookup("#home-table").queryAs(TreeTableView.class);
        List<String> rows = new ArrayList<>();
        if (table.getRoot() != null) {
            for (TreeItem<HomeView.Item> organisation : table.getRoot().getChildren()) {
                rows.add(organisation.getValue().organisation().name());
                organisation.getChildren().forEach(a -> rows.add("  " + a.getValue().assessment().summary().title()));
            }
        }
        return rows;
    }
}
