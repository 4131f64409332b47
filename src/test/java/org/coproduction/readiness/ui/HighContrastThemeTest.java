package org.coproduction.readiness.ui;

import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** View → High contrast, chosen with the keyboard alone: it applies at once and is there at the next start. */
@ExtendWith(ApplicationExtension.class)
class HighContrastThemeTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void highContrastIsChosenByKeyboardAppliedAndRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "welcome-start"));
        assertThat(themeItem(Appearance.Theme.LIGHT).isSelected()).isTrue();

        // Alt+V opens View; its items: larger, smaller, normal text size, then light, dark, high contrast.
        alt(robot, KeyCode.V);
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Appearance.stylesheet(Appearance.Theme.HIGH_CONTRAST));
        assertThat(themeItem(Appearance.Theme.HIGH_CONTRAST).isSelected()).isTrue();
        assertThat(themeItem(Appearance.Theme.LIGHT).isSelected()).isFalse();
        // The page is black and its words white.
        Color page = WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            return Contrast.behind(stage.getScene().getRoot(), true);
        }).get(10, TimeUnit.SECONDS);
        assertThat(Contrast.hex(page)).isEqualTo("#000000");
        assertThat(preferences.get("theme", "")).isEqualTo("high-contrast");

        // The next start: the same choice, ticked in the menu.
        closeWindow();
        reopenWindow(robot);
        assertThat(new Appearance(preferences).themeProperty().get()).isEqualTo(Appearance.Theme.HIGH_CONTRAST);
        assertThat(themeItem(Appearance.Theme.HIGH_CONTRAST).isSelected()).isTrue();

        runFx(() -> themeItem(Appearance.Theme.LIGHT).fire());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Appearance.stylesheet(Appearance.Theme.LIGHT));
    }

    private RadioMenuItem themeItem(Appearance.Theme theme) {
        MenuBar bar = (MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (("theme-" + theme.code()).equals(item.getId())) {
                    return (RadioMenuItem) item;
                }
            }
        }
        throw new AssertionError("No " + theme + " in the menus");
    }
}
