package org.coproduction.readiness.ui;

import javafx.scene.Scene;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Lets benchmarks in other packages build screens of this package. */
public final class TestAccess {
    private TestAccess() {
    }

    /** Builds the history screen and lays it out in a scene of window size, on the JavaFX thread. */
    public static void buildAndLayOutHistory(Organisation organisation, List<Workspace.HistoryEntry> entries,
                                             Questionnaire bank) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            HistoryView view = new HistoryView(organisation, entries, bank, () -> { }, (x, y) -> { }, () -> { });
            Scene scene = new Scene(view, 1100, 760);
            view.applyCss();
            view.layout();
            return scene;
        }).get(30, TimeUnit.SECONDS);
    }
}
