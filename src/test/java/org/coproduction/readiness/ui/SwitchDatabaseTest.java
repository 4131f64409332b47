package org.coproduction.readiness.ui;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.TestDatabase;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open another database" while work is queued: the queued work finishes on the database it was
 * asked of, nothing typed is lost, and no screen of the old file turns up over the new one.
 */
@ExtendWith(ApplicationExtension.class)
class SwitchDatabaseTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private final Background background = new Background();
    private Path first;
    private Path second;
    private long complete;
    private long draft;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        first = folder.resolve("first.db");
        second = folder.resolve("second.db");
        databaseFile = first;
        ExchangeReader reader = new ExchangeReader(LIBRARY);
        List<Assessment> demo = new ArrayList<>();
        for (Path seed : BuiltInFiles.jsonFiles("seeds")) {
            demo.add(reader.read(seed).assessment());
        }
        try (Workspace workspace = Workspace.open(first, LIBRARY)) {
            List<Long> ids = workspace.assessments().addAll(demo);
            for (int i = 0; i < demo.size(); i++) {
                if (demo.get(i).status() == AssessmentStatus.DRAFT) {
                    draft = ids.get(i);
                } else {
                    complete = ids.get(i);
                }
            }
        }
        preferences = new MemoryPreferences();
        window = new MainWindow(stage, new Appearance(preferences), background, () -> LIBRARY, first);
        stage.show();
        window.openDatabase();
    }

    @Test
    void workQueuedBeforeTheSwitchUsesTheDatabaseItWasAskedOf(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        CountDownLatch release = new CountDownLatch(1);
        // The database thread is busy (a long import, say) while the person asks for a report and
        // then, before it comes, opens another database.
        runFx(() -> background.run(() -> release.await(20, TimeUnit.SECONDS), done -> { }, failed -> { }));
        runFx(() -> {
            window.showScores(complete);
            window.openAnotherDatabase(second);
        });
        release.countDown();

        waitUntil(() -> robot.lookup("#welcome-start").tryQuery().isPresent());
        // No "That did not work" over the new file's welcome, and the report of the old one never shows.
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isEqualTo(1);
        assertThat(robot.lookup("#report-export-pdf").tryQuery()).isEmpty();
        assertThat(window.workspace().database().file()).isEqualTo(second.toAbsolutePath());
    }

    @Test
    void whatIsBeingTypedIsSavedInTheOldDatabaseBeforeItCloses(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        Questionnaire bank = window.wizard().questionnaire();
        Question question = bank.questions().get(0);
        runFx(() -> window.wizard().goToQuestion(question.id()));
        waitUntil(() -> robot.lookup("#note-" + question.id()).tryQuery().isPresent());
        runFx(() -> robot.lookup("#note-" + question.id()).query().requestFocus());
        robot.write("Typed just before switching");
        assertThat(robot.lookup("#note-" + question.id()).queryAs(javafx.scene.control.TextArea.class).getText())
                .endsWith("Typed just before switching");
        // Straight away, before the note's pause is over: the typing is not yet saved.
        runFx(() -> window.openAnotherDatabase(second));

        waitUntil(() -> robot.lookup("#welcome-start").tryQuery().isPresent());
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isEqualTo(1);
        assertThat(TestDatabase.rows(first, "SELECT note FROM answer a JOIN respondent r ON r.id = a.respondent_id"
                + " WHERE r.assessment_id = " + draft + " AND a.question_id = '" + question.id() + "'"))
                .anyMatch(note -> note.endsWith("Typed just before switching"));
    }
}
