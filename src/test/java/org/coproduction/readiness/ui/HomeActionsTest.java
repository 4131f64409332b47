package org.coproduction.readiness.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home screen's few buttons follow the selected row, the rest are under "More" and on the
 * row's context menu (Shift+F10), and the Alt+letters of the old buttons still work.
 */
@ExtendWith(ApplicationExtension.class)
class HomeActionsTest extends WindowTestBase {
    @Start
    void start(Stage stage) throws Exception {
        ScreenTour.loadDemoData(folder.resolve("assessments.db"));
        openWindow(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void buttonsFollowTheSelectionAndTheRestAreInMenus(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        TreeTableView<HomeView.Item> table = robot.lookup("#home-table").queryAs(TreeTableView.class);

        // An organisation: start an assessment of it; nothing to open; no workshop.
        runFx(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#home-start").queryButton().getStyleClass()).contains("accent");
        assertThat(robot.lookup("#home-open").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#home-workshop").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#home-selection").queryLabeled().getText()).startsWith("Selected: Harbour Lane");

        // A draft: continue it (Open stands out), and a workshop can be run for it.
        TreeItem<HomeView.Item> draft = table.getRoot().getChildren().stream().flatMap(o -> o.getChildren().stream())
                .filter(a -> a.getValue().assessment().summary().status() == AssessmentStatus.DRAFT).findFirst().orElseThrow();
        runFx(() -> table.getSelectionModel().select(draft));
        assertThat(robot.lookup("#home-open").queryButton().getStyleClass()).contains("accent");
        assertThat(robot.lookup("#home-start").queryButton().getStyleClass()).doesNotContain("accent");
        assertThat(robot.lookup("#home-workshop").queryButton().isVisible()).isTrue();

        // "More" holds what has no button, with the letters those buttons had.
        MenuButton more = robot.lookup("#home-more").queryAs(MenuButton.class);
        assertThat(more.getItems().stream().map(MenuItem::getText).filter(t -> t != null))
                .containsExactly("_Edit organisation…", "Histor_y", "Action _plan", "_Import…", "E_xport…", "_Delete…");

        // Shift+F10 on the list opens the row's menu, with the workshop for a draft.
        robot.clickOn("#home-table");
        runFx(() -> table.getSelectionModel().select(draft));
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> table.getContextMenu().isShowing());
        ContextMenu rowMenu = table.getContextMenu();
        assertThat(rowMenu.getItems().stream().filter(MenuItem::isVisible).map(MenuItem::getText).filter(t -> t != null))
                .contains("_Open", "_Report", "Run a _workshop…", "Histor_y", "_Delete…");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !rowMenu.isShowing());

        // Alt+Y, the History button's letter, still opens the history from the list.
        robot.clickOn("#home-table");
        runFx(() -> table.getSelectionModel().select(draft));
        alt(robot, KeyCode.Y);
        waitUntil(() -> robot.lookup("#history-table").tryQuery().isPresent());
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isEqualTo(1);
    }
}
