package org.coproduction.readiness.ui;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionStatus;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action plan's life: raised from a report, shown and updated in the plan, carried into the
 * next assessment's wizard, and shown beside the change in score when assessments are compared.
 * Riverside raised three actions in 2024 (done, in progress, planned).
 */
@ExtendWith(ApplicationExtension.class)
class ActionPlanTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private long draftId;
    private long report2025;
    private long report2024;

    @Start
    void start(Stage stage) throws Exception {
        ExchangeReader reader = new ExchangeReader(LIBRARY);
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            report2024 = workspace.assessments().add(reader.read(Path.of("seeds/riverside-2024.json")).assessment());
            Assessment later = reader.read(Path.of("seeds/riverside-2025.json")).assessment();
            report2025 = workspace.assessments().add(later);
            draftId = workspace.assessments().add(new Assessment(0, later.organisation(), later.questionnaire(),
                    "Spring 2026", LocalDate.of(2026, 3, 1), AssessmentStatus.DRAFT, Map.of(),
                    List.of(new Respondent("r1", Role.MANAGER, "")), List.of()));
        }
        openWindow(stage);
    }

    @Test
    void openActionsAreShownBesideTheirQuestionsInTheNextAssessment(FxRobot robot) throws Exception {
        runFx(() -> window.showWizard(draftId));
        waitUntil(() -> window.wizard() != null);
        runFx(() -> window.wizard().goToQuestion("oa-training"));
        waitUntil(() -> robot.lookup("#open-action-oa-training").tryQuery().isPresent());
        assertThat(robot.lookup("#open-action-oa-training").queryLabeled().getText())
                .startsWith("On your action plan: Add a session on working with members").contains("In progress");
        // A done action is not carried over.
        runFx(() -> window.wizard().goToQuestion("la-surveys"));
        waitUntil(() -> robot.lookup("#question-la-surveys").tryQuery().isPresent());
        assertThat(robot.lookup("#open-action-la-surveys").tryQuery()).isEmpty();
    }

    @Test
    void thePlanIsFilteredSortedAndUpdatedFromItsScreen(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        alt(robot, KeyCode.P);
        waitUntil(() -> robot.lookup("#action-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Action> table = robot.lookup("#action-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        robot.clickOn("#action-filter").clickOn("Open (planned or in progress)");
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn("#action-search").write("welcome visit");
        waitUntil(() -> table.getItems().size() == 1);
        runFx(() -> table.getSelectionModel().select(0));
        robot.clickOn("#action-done");
        waitUntil(() -> rows("SELECT status FROM action WHERE question_id = 'inc-extra-support'").equals(List.of("done")));
        // Back in the reloaded plan, showing open ones only would now leave one.
        waitUntil(() -> robot.lookup("#action-table").tryQuery().isPresent());
    }

    @Test
    void anActionIsAddedFromAReportPriority(FxRobot robot) throws Exception {
        runFx(() -> window.showScores(report2025));
        waitUntil(() -> robot.lookup("#overall-score").tryQuery().isPresent());
        String priority = robot.lookup(".hyperlink").queryAll().stream()
                .map(n -> n.getId()).filter(id -> id != null && id.startsWith("add-action-")).findFirst().orElseThrow()
                .substring("add-action-".length());
        // The link is further down the report: give it the focus (as Tab would) and press Space.
        runFx(() -> robot.lookup("#add-action-" + priority).query().requestFocus());
        robot.type(KeyCode.SPACE);
        waitForDialog(robot);
        robot.clickOn("#action-owner").write("Trustee lead");
        robot.clickOn("Save");
        waitUntil(() -> rows("SELECT count(*) FROM action").equals(List.of("4")));
        assertThat(rows("SELECT question_id, owner, status, source_assessment_id FROM action WHERE owner = 'Trustee lead'"))
                .containsExactly(priority + "|Trustee lead|planned|" + report2025);
        // The report is shown again with the plan in it.
        waitUntil(() -> text(robot.lookup(".report-view").queryParent()).contains("Trustee lead"));
    }

    @Test
    void theComparisonShowsActionsDoneBesideTheChangeInScore() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("second.db"), LIBRARY)) {
            ExchangeReader reader = new ExchangeReader(LIBRARY);
            long earlier = workspace.assessments().add(reader.read(Path.of("seeds/riverside-2024.json")).assessment());
            long later = workspace.assessments().add(reader.read(Path.of("seeds/riverside-2025.json")).assessment());
            Report first = workspace.report(later, Optional.of(earlier), LocalDate.now());
            Report.QuestionMove improved = first.comparison().orElseThrow().improved().get(0);
            long organisation = workspace.assessments().summary(later).orElseThrow().organisation().id();
            workspace.actions().add(Action.of(organisation, "coproduction-readiness",
                    ActionLink.question(improved.questionId()), "Ran the monthly members' forum")
                    .withStatus(ActionStatus.DONE));
            Report second = workspace.report(later, Optional.of(earlier), LocalDate.now());
            assertThat(second.comparison().orElseThrow().improved().get(0).actionsDone())
                    .contains("Ran the monthly members' forum");
            // Actions in the plan appear in the report too.
            assertThat(second.actions()).extracting(Report.PlannedAction::description)
                    .contains("Ran the monthly members' forum");
        }
    }
}
