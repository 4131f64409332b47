package org.coproduction.readiness.ui;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.common.BuiltInFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing files shows how far it has got, then a notice (no box to dismiss) and the list. */
@ExtendWith(ApplicationExtension.class)
class ImportNoticeTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void anImportEndsInANoticeAndTheHomeList(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcome-start").tryQuery().isPresent());
        List<Path> seeds = BuiltInFiles.jsonFiles("seeds");
        runFx(() -> window.importPaths(seeds, false));
        waitUntil(() -> allWindowsText().contains("Imported " + seeds.size() + " assessments"));
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        // A notice, not a dialog: the main window keeps the keyboard.
        assertThat(Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage && w != stage)).isEmpty();
    }

}
