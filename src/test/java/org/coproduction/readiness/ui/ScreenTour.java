package org.coproduction.readiness.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.ImportAssessments;
import org.coproduction.readiness.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.coproduction.readiness.ui.WindowTestBase.runFx;
import static org.coproduction.readiness.ui.WindowTestBase.waitUntil;

/**
 * Walks through every screen and dialog of the program, on the demo data, the way a person would
 * reach them, and hands each stop to a check: the tests of what every screen must do (nothing cut
 * at a small window or large text, names for every control, contrast) share this one walk, so a
 * new screen is added here once and checked by all of them.
 *
 * <p>At each stop the check sees every window that is showing: the main window, and the dialog,
 * workshop or projector window of that stop.
 */
final class ScreenTour {
    /** One stop: its name (for messages and screenshot files) and the windows showing there. */
    record Stop(String name, List<Scene> scenes) {
    }

    /** What the tour does at each stop; runs on the test thread, so it may wait and use the robot. */
    @FunctionalInterface
    interface Check {
        void at(Stop stop) throws Exception;
    }

    private final FxRobot robot;
    private final WindowTestBase test;
    private final Organisation riverside;
    private final AssessmentSummary draft;
    private final AssessmentSummary earlier;
    private final AssessmentSummary finished;

    private ScreenTour(FxRobot robot, WindowTestBase test, Organisation riverside, AssessmentSummary draft,
                       AssessmentSummary earlier, AssessmentSummary finished) {
        this.robot = robot;
        this.test = test;
        this.riverside = riverside;
        this.draft = draft;
        this.earlier = earlier;
        this.finished = finished;
    }

    /**
     * Puts the demo data into the test's database, before the window opens (call it from
     * {@code @Start}, before {@code openWindow}).
     */
    static void loadDemoData(Path databaseFile) throws Exception {
        try (Workspace workspace = Workspace.open(databaseFile, QuestionnaireLibrary.load(List.of()))) {
            ImportAssessments.run(workspace, BuiltInFiles.jsonFiles("seeds"));
        }
    }

    /** A tour of the window the test opened on the demo data. */
    static ScreenTour of(FxRobot robot, WindowTestBase test) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        List<AssessmentSummary> all = summaries(test);
        Organisation riverside = all.stream().map(AssessmentSummary::organisation)
                .filter(o -> o.name().startsWith("Riverside")).findFirst().orElseThrow();
        List<AssessmentSummary> theirs = all.stream().filter(s -> s.organisation().id() == riverside.id())
                .sorted(Comparator.comparing(AssessmentSummary::assessedOn)).toList();
        AssessmentSummary draft = theirs.stream().filter(s -> s.status() == AssessmentStatus.DRAFT).findFirst().orElseThrow();
        List<AssessmentSummary> complete = theirs.stream().filter(s -> s.status() == AssessmentStatus.COMPLETE).toList();
        return new ScreenTour(robot, test, riverside, draft, complete.get(complete.size() - 2),
                complete.get(complete.size() - 1));
    }

    /** Read once, from the database file (the window's own thread is not disturbed). */
    private static List<AssessmentSummary> summaries(WindowTestBase test) {
        try (Workspace workspace = Workspace.open(test.databaseFile, QuestionnaireLibrary.load(List.of()))) {
            return workspace.assessments().list();
        }
    }

    /** Goes to every screen and dialog in turn and runs the check at each. */
    void visit(Check check) throws Exception {
        MainWindow window = test.window;
        // Home, with an assessment chosen.
        runFx(window::showHome);
        waitUntil(() -> robot.lookup("#home-table").tryQuery().map(Node::isVisible).orElse(false));
        check.at(stop("home"));

        // The wizard: introduction, context, a dimension, and the review.
        runFx(() -> window.showWizard(draft.id()));
        waitUntil(() -> window.wizard() != null);
        int steps = window.wizard().steps().size();
        for (int step : List.of(0, 1, 2, steps - 1)) {
            runFx(() -> window.wizard().goTo(step));
            WaitForAsyncUtils.waitForFxEvents();
            check.at(stop("wizard-" + window.wizard().currentStep().kind().name().toLowerCase()
                    + (step == 2 ? "-" + window.wizard().currentStep().id() : "")));
        }

        // The report, the history, the comparison and the action plan.
        runFx(() -> window.showScores(finished.id()));
        waitUntil(() -> robot.lookup("#overall-score").tryQuery().isPresent());
        check.at(stop("report"));
        runFx(() -> window.history(riverside));
        waitUntil(() -> robot.lookup("#history-table").tryQuery().isPresent());
        check.at(stop("history"));
        runFx(() -> window.compare(riverside, earlier, finished));
        waitUntil(() -> robot.lookup("#compare-table").tryQuery().isPresent());
        check.at(stop("compare"));
        runFx(() -> window.actionPlan(riverside));
        waitUntil(() -> robot.lookup("#action-table").tryQuery().isPresent());
        check.at(stop("action-plan"));

        // The dialogs, each opened as the program opens it, looked at, then cancelled.
        Stage owner = test.stage;
        dialog("dialog-organisation", () -> Dialogs.organisation(owner, null), check);
        dialog("dialog-start-assessment", () -> Dialogs.newAssessment(owner, riverside,
                QuestionnaireLibrary.load(List.of()).newest()), check);
        dialog("dialog-person", () -> Dialogs.respondent(owner), check);
        dialog("dialog-send-to-person", () -> Dialogs.personToSendTo(owner, List.of()), check);
        dialog("dialog-confirm", () -> Dialogs.confirm(owner, "Delete assessment", "Delete \"" + draft.title()
                + "\" of " + riverside.name() + "?", "All its answers and notes will be deleted. This cannot be"
                + " undone. You may want to export it first.", "Delete assessment"), check);
        dialog("dialog-action", () -> Dialogs.action(owner, "Recognising what people bring",
                Action.of(riverside.id(), "coproduction-readiness", new org.coproduction.readiness.assessment.ActionLink(
                        org.coproduction.readiness.assessment.ActionLink.Target.QUESTION, "ca-knowledge"),
                        "Ask people what they know")),
                check);

        // The workshop: the facilitator's window and the projector, on loopback.
        runFx(() -> window.workshopsForTests(InetAddress.getLoopbackAddress()));
        runFx(() -> window.showWizard(draft.id()));
        waitUntil(() -> window.wizard() != null);
        runFx(() -> window.runWorkshop(draft.id(), riverside.name() + ", " + draft.title()));
        waitUntil(() -> window.workshop() != null && window.workshop().isShowing());
        check.at(stop("workshop"));
        robot.clickOn("#workshop-projector");
        waitUntil(() -> window.workshop().projector() != null && window.workshop().projector().stage().isShowing());
        check.at(stop("projector"));
        runFx(() -> window.workshop().close());
        waitUntil(() -> window.workshop() == null);

        // The welcome screen, which shows on an empty database; then back to the demo data.
        Path demo = test.databaseFile;
        runFx(() -> window.openAnotherDatabase(test.folder.resolve("empty.db")));
        waitUntil(() -> robot.lookup("#welcome-start").tryQuery().map(Node::isVisible).orElse(false));
        check.at(stop("welcome"));
        runFx(() -> window.openAnotherDatabase(demo));
        waitUntil(() -> robot.lookup("#home-table").tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Opens a dialog later on the JavaFX thread (it waits for an answer), checks it, then presses Escape. */
    private void dialog(String name, Runnable open, Check check) throws Exception {
        Platform.runLater(open);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w != test.stage
                && w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane));
        WaitForAsyncUtils.waitForFxEvents();
        check.at(stop(name));
        runFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w != test.stage)
                .filter(w -> w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .map(Stage.class::cast).toList().forEach(Stage::close));
        waitUntil(() -> Window.getWindows().stream().noneMatch(w -> w.isShowing() && w != test.stage));
    }

    /** The stop as it is now: every window showing, the main window first. */
    private Stop stop(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<Scene> scenes = WaitForAsyncUtils.asyncFx(() -> {
            List<Scene> showing = new ArrayList<>();
            showing.add(test.stage.getScene());
            Window.getWindows().stream().filter(w -> w.isShowing() && w != test.stage && w.getScene() != null)
                    .forEach(w -> showing.add(w.getScene()));
            return showing;
        }).get(10, TimeUnit.SECONDS);
        return new Stop(name, scenes);
    }
}
