package org.coproduction.readiness.ui;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.store.OldDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a database of an older version upgrades it and tells the person where the old copy is. */
@ExtendWith(ApplicationExtension.class)
class UpgradeNoticeWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        OldDatabases.atVersion(folder.resolve("assessments.db"), 1);
        openWindow(stage);
    }

    @Test
    void theUpgradeAndTheCopyAreShown(FxRobot robot) throws Exception {
        waitForDialog(robot);
        Window dialog = Window.getWindows().stream().filter(Window::isShowing).reduce((a, b) -> b).orElseThrow();
        String shown = text(dialog.getScene().getRoot());
        assertThat(shown).contains("Your database was upgraded")
                .contains(folder.resolve("assessments.before-v4.db").toString());
        assertThat(folder.resolve("assessments.before-v4.db")).exists();
    }
}
